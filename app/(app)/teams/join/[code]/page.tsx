import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { findInvite, INVITE_GONE } from "@/lib/teams/join-team";
import { ZInviteCode } from "@/lib/teams/schemas";
import { joinTeamAction } from "@/lib/teams/team-actions";
import { ActionButton } from "../../team-forms";

export const metadata: Metadata = { title: "Join a team" };

export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const user = await requireUser();
  const parsed = ZInviteCode.safeParse((await params).code);
  const team = parsed.success ? await findInvite(db(), parsed.data, new Date()) : null;
  if (!team) {
    return (
      <section className="space-y-3">
        <h1 className="text-2xl font-semibold">Join a team</h1>
        <p role="alert" className="rounded-md bg-amber-50 p-3 text-amber-900 dark:bg-amber-950 dark:text-amber-200">{INVITE_GONE}</p>
        <Link href="/teams" className="text-brand-700 dark:text-brand-300 underline">Back to Teams</Link>
      </section>
    );
  }
  const member = await db().membership.findUnique({ where: { teamId_userId: { teamId: team.id, userId: user.id } }, select: { id: true } });
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Join <span className="break-words">{team.name}</span></h1>
      {member ? (
        <p>You are already in this team. <Link href={`/teams/${team.slug}`} className="text-brand-700 dark:text-brand-300 underline">Open it</Link></p>
      ) : (
        <>
          <p className="text-slate-600 dark:text-slate-400">Members see your display name on the team&apos;s boards (never your e-mail); you can hide from the boards at any time.</p>
          <ActionButton action={joinTeamAction} fields={{ code: parsed.data! }} label="Join team" tone="primary" />
        </>
      )}
    </section>
  );
}
