import { expect, it } from "vitest";
import { greeting } from "@/lib/review/greeting";

it("says Welcome aboard only before the first review or interview answer", () => {
  expect(greeting("Ada", false)).toMatch(/^Welcome aboard, Ada\./);
  expect(greeting("Ada", true)).toBe("Welcome back, Ada.");
});
