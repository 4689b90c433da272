import { canRemove, can, type TTeamRole } from "@/lib/teams/roles";
import { removeMemberAction, setRoleAction, transferOwnershipAction } from "@/lib/teams/team-actions";
import { ActionButton } from "../team-forms";

type TMember = { userId: string; name: string; role: TTeamRole; hidden: boolean; me: boolean };

/** Names and roles; controls only for what the viewer's role allows (the server checks again). */
export function MemberList({ members, role, teamSlug }: { members: TMember[]; role: TTeamRole; teamSlug: string }) {
  return (
    <section aria-labelledby="members" className="space-y-2">
      <h2 id="members" className="text-lg font-semibold">
        Members
      </h2>
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {members.map((m) => {
          const fields = { teamSlug, userId: m.userId };
          // Someone who opted out is not named to plain members; admins still need to manage them.
          if (m.hidden && !m.me && !can(role, "removeMember")) {
            return (
              <li key={m.userId} className="px-3 py-2 text-sm text-slate-600 dark:text-slate-400" data-testid="member">
                A member who is not listed
              </li>
            );
          }
          return (
            <li
              key={m.userId}
              className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm"
              data-testid="member"
            >
              <span className="min-w-0 truncate">
                {m.name}
                {m.me ? " (you)" : ""}{" "}
                <span className="text-slate-600 dark:text-slate-400">
                  · {m.role}
                  {m.hidden ? " · not listed" : ""}
                </span>
              </span>
              {m.me ? null : (
                <span className="flex flex-wrap gap-2">
                  {can(role, "setRole") && m.role !== "owner" ? (
                    <ActionButton
                      action={setRoleAction}
                      fields={{ ...fields, role: m.role === "admin" ? "member" : "admin" }}
                      label={m.role === "admin" ? "Make member" : "Make admin"}
                    />
                  ) : null}
                  {can(role, "transfer") ? (
                    <ActionButton
                      action={transferOwnershipAction}
                      fields={fields}
                      label="Make owner"
                      confirm={`Hand ownership to ${m.name}? You become an admin.`}
                    />
                  ) : null}
                  {canRemove(role, m.role) ? (
                    <ActionButton
                      action={removeMemberAction}
                      fields={fields}
                      label="Remove"
                      tone="danger"
                      confirm={`Remove ${m.name} from the team?`}
                    />
                  ) : null}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
