import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { DomainError } from "@/lib/errors/domain-error";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { findMembership } from "@/lib/teams/find-membership";
import { getTeamPage } from "@/lib/teams/get-team-page";
import { ZPeriod } from "@/lib/teams/schemas";
import { rotateInviteAction, setVisibilityAction, leaveTeamAction, deleteTeamAction } from "@/lib/teams/team-actions";
import { can } from "@/lib/teams/roles";
import { ActionButton, InvitePanel } from "../team-forms";
import { Board } from "./board";
import { MemberList } from "./member-list";
import { Insights } from "./insights";
import { count } from "@/lib/ui/plural";
import { DeckFilter } from "@/lib/ui/deck-filter";

export const metadata: Metadata = { title: "Team" };
const ROLE_LINE = { owner: "You own this team", admin: "You are an admin", member: "You are a member" } as const;

export default async function TeamPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ period?: string; page?: string; deck?: string | string[] }>;
}) {
  const user = await requireUser();
  const [{ slug }, sp] = await Promise.all([params, searchParams]);
  const membership = await findMembership(db(), user.id, slug).catch((e) => {
    if (e instanceof DomainError && e.code === "not_found") notFound();
    throw e;
  });
  const period = ZPeriod.catch("week").parse(sp.period);
  const page = Math.max(1, Math.min(1000, Number.parseInt(sp.page ?? "1", 10) || 1));
  const deckId = typeof sp.deck === "string" && sp.deck ? sp.deck.slice(0, 64) : undefined;
  // A deck that is neither the course nor this team's is not found (a member's private deck included).
  const data = await getTeamPage(db(), membership, user, period, new Date(), deckId).catch((e) => {
    if (e instanceof DomainError && e.code === "not_found") notFound();
    throw e;
  });
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  const team = membership.team;
  const fields = { teamSlug: team.slug };

  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href="/teams" className="text-brand-700 dark:text-brand-300 underline">
            Teams
          </Link>
        </p>
        <h1 className="break-words text-2xl font-semibold" data-testid="team-name">
          {team.name}
        </h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {ROLE_LINE[membership.role]} · {count(data.members.length, "member")}
        </p>
      </header>

      <Board board={data.board} page={page} slug={team.slug} />

      <section aria-labelledby="visibility" className="space-y-2">
        <h2 id="visibility" className="text-lg font-semibold">
          Your place on the boards
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="visibility-state">
          {membership.hidden
            ? "You are hidden: others see you as not listed, and your points are not ranked."
            : "You are listed on this team's boards."}
        </p>
        <ActionButton
          action={setVisibilityAction}
          fields={{ ...fields, hidden: membership.hidden ? "false" : "true" }}
          label={membership.hidden ? "Show me on the boards" : "Hide me from the boards"}
        />
      </section>

      <div className="space-y-3">
        <DeckFilter
          action={`/teams/${team.slug}`}
          decks={data.decks}
          deckId={deckId}
          label="Insights for deck"
          keep={{ period }}
        />
        <Insights weak={data.weak} wrong={data.wrong} />
      </div>

      {data.invite ? (
        <section aria-labelledby="invite" className="space-y-2">
          <h2 id="invite" className="text-lg font-semibold">
            Invite
          </h2>
          {data.invite.expired ? (
            <p role="alert" className="text-sm text-amber-700 dark:text-amber-300">
              This code has expired; make a new one.
            </p>
          ) : null}
          <InvitePanel
            teamSlug={team.slug}
            link={`${origin}/teams/join/${data.invite.code}`}
            code={data.invite.code}
            expiresAt={data.invite.expiresAt}
            rotate={rotateInviteAction}
          />
        </section>
      ) : null}

      <MemberList members={data.members} role={membership.role} teamSlug={team.slug} />

      <section
        aria-labelledby="leave"
        className="flex flex-wrap gap-3 border-t border-slate-200 pt-4 dark:border-slate-800"
      >
        <h2 id="leave" className="sr-only">
          Leave or delete
        </h2>
        {membership.role === "owner" ? (
          <p className="w-full text-sm text-slate-600 dark:text-slate-400">
            To leave, first transfer ownership to another member (Members, above), or delete the team.
          </p>
        ) : (
          <ActionButton
            action={leaveTeamAction}
            fields={fields}
            label="Leave team"
            tone="danger"
            confirm="Leave this team?"
          />
        )}
        {can(membership.role, "deleteTeam") ? (
          <ActionButton
            action={deleteTeamAction}
            fields={fields}
            label="Delete team"
            tone="danger"
            confirm="Delete this team for everyone? This cannot be undone."
          />
        ) : null}
      </section>
    </div>
  );
}
