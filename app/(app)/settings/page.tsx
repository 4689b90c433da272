import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listTokens } from "@/lib/tokens/manage-tokens";
import { SettingsForm } from "./settings-form";
import { TokensSection } from "./tokens-section";
import { OptimizeSection } from "./optimize-section";
import { DataSection } from "./data-section";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  const [tokens, reviewCount] = await Promise.all([
    listTokens(db(), user.id),
    db().reviewLog.count({ where: { userId: user.id, undone: false } }),
  ]);
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <SettingsForm user={user} />
      <OptimizeSection reviewCount={reviewCount} optimizedAt={user.optimizedAt?.toISOString() ?? null} />
      <TokensSection tokens={tokens.map((t) => ({ ...t, createdAt: t.createdAt.toISOString(), lastUsedAt: t.lastUsedAt?.toISOString() ?? null }))} />
      <DataSection />
    </div>
  );
}
