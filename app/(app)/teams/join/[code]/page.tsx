import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { INVITE_GONE } from "@/lib/teams/join-team";
import { getJoinInvite } from "@/lib/teams/get-join-invite";
import { joinTeamAction } from "@/lib/teams/team-actions";
import { ActionButton } from "../../team-forms";

export const metadata: Metadata = { title: "Join a team" };

export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const user = await requireUser();
  const invite = await getJoinInvite(user.id, (await params).code, new Date());
  if (!invite) {
    return (
      <section className="space-y-3">
        <h1 className="text-2xl font-semibold">Join a team</h1>
        <p role="alert" className="rounded-md bg-amber-50 p-3 text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          {INVITE_GONE}
        </p>
        <Link href="/teams" className="text-brand-700 dark:text-brand-300 underline">
          Back to Teams
        </Link>
      </section>
    );
  }
  const { team, code, member } = invite;
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">
        Join <span className="break-words">{team.name}</span>
      </h1>
      {member ? (
        <p>
          You are already in this team.{" "}
          <Link href={`/teams/${team.slug}`} className="text-brand-700 dark:text-brand-300 underline">
            Open it
          </Link>
        </p>
      ) : (
        <>
          <p className="text-slate-600 dark:text-slate-400">
            Members see your display name on the team&apos;s boards (never your e-mail); you can hide from the boards at
            any time.
          </p>
          <ActionButton action={joinTeamAction} fields={{ code }} label="Join team" tone="primary" />
        </>
      )}
    </section>
  );
}
