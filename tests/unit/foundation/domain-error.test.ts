import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors/domain-error";
import { mapActionError } from "@/lib/actions/map-action-error";

describe("DomainError: one error, two doors", () => {
  it("takes the HTTP status and API code from its kind unless told otherwise", () => {
    expect(new DomainError("invalid", "x")).toMatchObject({ status: 400, apiCode: "invalid_request" });
    expect(new DomainError("not_found", "x", { apiCode: "card_not_found" })).toMatchObject({
      status: 404,
      apiCode: "card_not_found",
    });
    expect(new DomainError("invalid", "x", { status: 422, apiCode: "no_questions" })).toMatchObject({
      status: 422,
      code: "invalid",
    });
  });

  it("reaches a server action as its kind, message and fields; anything else as a generic server error", () => {
    const e = new DomainError("invalid", "Wrong password.", { fields: { password: ["Wrong password."] } });
    expect(mapActionError(e)).toEqual({
      ok: false,
      code: "invalid",
      error: "Wrong password.",
      fields: { password: ["Wrong password."] },
    });
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(mapActionError(new Error("secret detail"))).toMatchObject({ ok: false, code: "server" });
      expect(mapActionError(new Error("secret detail")).error).not.toContain("secret");
    } finally {
      console.error = quiet;
    }
  });
});
