import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getSettings } from "@/lib/users/get-settings";
import { timeZoneOptions } from "@/lib/users/settings-timezones";
import { SettingsForm } from "./settings-form";
import { TokensSection } from "./tokens-section";
import { OptimizeSection } from "./optimize-section";
import { SecuritySection } from "./security-section";
import { InterviewScheduleSetting } from "./interview-schedule-setting";
import { DataSection } from "./data-section";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  const { tokens, reviewCount, hasPassword } = await getSettings(user.id);
  // Client components get only the fields they show.
  const schedule = {
    desiredRetention: user.desiredRetention,
    newPerDay: user.newPerDay,
    reviewsPerDay: user.reviewsPerDay,
    timezone: user.timezone,
    dayStartHour: user.dayStartHour,
    enableFuzz: user.enableFuzz,
    learningSteps: user.learningSteps,
    relearningSteps: user.relearningSteps,
    leechThreshold: user.leechThreshold,
  };
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <SettingsForm user={schedule} timeZones={timeZoneOptions(user.timezone)} />
      <InterviewScheduleSetting on={user.interviewsUpdateSchedule} />
      <OptimizeSection reviewCount={reviewCount} optimizedAt={user.optimizedAt?.toISOString() ?? null} />
      <SecuritySection hasPassword={hasPassword} />
      <TokensSection
        tokens={tokens.map((t) => ({
          ...t,
          createdAt: t.createdAt.toISOString(),
          lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
        }))}
      />
      <DataSection />
    </div>
  );
}
