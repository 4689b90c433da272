import { describe, expect, it } from "vitest";
import { ZSettings } from "@/lib/users/settings-schema";

const form = {
  desiredRetention: "0.9", newPerDay: "20", reviewsPerDay: "200", timezone: "Europe/Paris", dayStartHour: "4",
  enableFuzz: "on", learningSteps: "1m 10m", relearningSteps: "10m", leechThreshold: "8",
};

describe("settings form", () => {
  it("parses what the form posts", () => {
    expect(ZSettings.parse(form)).toEqual({
      desiredRetention: 0.9, newPerDay: 20, reviewsPerDay: 200, timezone: "Europe/Paris", dayStartHour: 4,
      enableFuzz: true, learningSteps: "1m 10m", relearningSteps: "10m", leechThreshold: 8,
    });
    // An unchecked checkbox is simply absent.
    const { enableFuzz: _, ...noFuzz } = form;
    expect(ZSettings.parse(noFuzz).enableFuzz).toBe(false);
  });

  it("keeps desired retention within 0.70–0.97 and steps in ts-fsrs units", () => {
    for (const bad of ["0.69", "0.98", "abc"]) expect(ZSettings.safeParse({ ...form, desiredRetention: bad }).success).toBe(false);
    expect(ZSettings.safeParse({ ...form, learningSteps: "1 minute" }).success).toBe(false);
    expect(ZSettings.safeParse({ ...form, dayStartHour: "24" }).success).toBe(false);
    expect(ZSettings.safeParse({ ...form, timezone: "Nowhere/Land" }).success).toBe(false);
    expect(ZSettings.safeParse({ ...form, learningSteps: "" }).success).toBe(true);
  });
});
