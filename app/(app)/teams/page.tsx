import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listTeams } from "@/lib/teams/list-teams";
import { TEAM_NAME_MAX } from "@/lib/teams/schemas";
import { createTeamAction, joinTeamAction } from "@/lib/teams/team-actions";
import { SingleFieldForm } from "./team-forms";
import { count } from "@/lib/ui/plural";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage() {
  const user = await requireUser();
  const teams = await listTeams(db(), user.id);
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Teams</h1>
        <p className="text-slate-600 dark:text-slate-400">
          Study the course together. Boards count remembering, not volume; anyone can hide from them.
        </p>
      </header>
      <section aria-labelledby="mine" className="space-y-2">
        <h2 id="mine" className="text-lg font-semibold">
          Your teams
        </h2>
        {teams.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">You are not in a team yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {teams.map((t) => (
              <li key={t.slug}>
                <Link
                  href={`/teams/${t.slug}`}
                  className="flex items-center justify-between gap-3 px-4 py-3 hover:bg-slate-50 dark:hover:bg-slate-900"
                >
                  <span className="min-w-0 truncate font-medium">{t.name}</span>
                  <span className="shrink-0 text-sm text-slate-600 dark:text-slate-400">
                    {t.role} · {count(t.members, "member")}
                    {t.hidden ? " · hidden" : ""}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="grid gap-8 sm:grid-cols-2">
        <section aria-labelledby="create" className="space-y-2">
          <h2 id="create" className="text-lg font-semibold">
            Create a team
          </h2>
          <SingleFieldForm
            action={createTeamAction}
            label="Team name"
            name="name"
            button="Create team"
            maxLength={TEAM_NAME_MAX}
          />
        </section>
        <section aria-labelledby="join" className="space-y-2">
          <h2 id="join" className="text-lg font-semibold">
            Join with a code
          </h2>
          <SingleFieldForm action={joinTeamAction} label="Invite code" name="code" button="Join team" maxLength={32} />
        </section>
      </div>
    </div>
  );
}
