import { describe, expect, it } from "vitest";
import { ZSettings } from "@/lib/users/settings-schema";

const form = {
  desiredRetention: "0.9",
  newPerDay: "20",
  reviewsPerDay: "200",
  timezone: "Europe/Paris",
  dayStartHour: "4",
  enableFuzz: "on",
  learningSteps: "1m 10m",
  relearningSteps: "10m",
  leechThreshold: "8",
};

describe("settings form", () => {
  it("parses what the form posts", () => {
    expect(ZSettings.parse(form)).toEqual({
      desiredRetention: 0.9,
      newPerDay: 20,
      reviewsPerDay: 200,
      timezone: "Europe/Paris",
      dayStartHour: 4,
      enableFuzz: true,
      learningSteps: "1m 10m",
      relearningSteps: "10m",
      leechThreshold: 8,
    });
    // An unchecked checkbox is simply absent.
    const { enableFuzz: _, ...noFuzz } = form;
    expect(ZSettings.parse(noFuzz).enableFuzz).toBe(false);
  });

  it("keeps desired retention within 0.70–0.97 and steps in ts-fsrs units", () => {
    for (const bad of ["0.69", "0.98", "abc"])
      expect(ZSettings.safeParse({ ...form, desiredRetention: bad }).success).toBe(false);
    expect(ZSettings.safeParse({ ...form, learningSteps: "1 minute" }).success).toBe(false);
    expect(ZSettings.safeParse({ ...form, dayStartHour: "24" }).success).toBe(false);
    expect(ZSettings.safeParse({ ...form, timezone: "Nowhere/Land" }).success).toBe(false);
    expect(ZSettings.safeParse({ ...form, learningSteps: "" }).success).toBe(true);
  });

  it("answers every mistake in plain words, never the validator's", () => {
    const message = (patch: Record<string, string>) =>
      ZSettings.safeParse({ ...form, ...patch }).error?.issues[0]?.message;
    expect(message({ newPerDay: "-1" })).toBe("Enter a whole number of new cards from 0 to 9999.");
    expect(message({ newPerDay: "" })).toBe("Enter a whole number of new cards from 0 to 9999.");
    expect(message({ reviewsPerDay: "2.5" })).toBe("Enter a whole number of reviews from 0 to 99999.");
    expect(message({ leechThreshold: "x" })).toBe("Enter a whole number of lapses from 2 to 99.");
    expect(message({ desiredRetention: "abc" })).toMatch(/^Enter a retention between 0.70 and 0.97/);
    expect(message({ timezone: "Nowhere/Land" })).toBe("Choose a time zone from the list.");
  });
});
