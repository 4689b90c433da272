"use server";
// Server actions behind the Teams pages. Every one goes through the action
// door: the user from the session, zod input, the caller's role checked by
// teamActionClient(minRole) against the table in roles.ts.
import { z } from "zod";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { userActionClient } from "@/lib/actions/action-client";
import { teamActionClient } from "@/lib/actions/team-action-client";
import { TEAM_ACTIONS } from "./roles";
import { createTeam } from "./create-team";
import { joinTeam } from "./join-team";
import {
  deleteTeam,
  leaveTeam,
  removeMember,
  rotateInvite,
  setHidden,
  setRole,
  transferOwnership,
} from "./manage-team";
import { ZExpiresInDays, ZInviteCode, ZTeamName, ZTeamSlug } from "./schemas";

const teamPath = (slug: string) => `/teams/${slug}`;
const ZTeam = z.object({ teamSlug: ZTeamSlug });
const ZTarget = ZTeam.extend({ userId: z.string().min(1).max(64) });

export const createTeamAction = userActionClient.formAction(
  z.object({ name: ZTeamName }),
  async ({ name }, { user }) => {
    const team = await createTeam(db(), user.id, name);
    redirect(teamPath(team.slug));
  },
);

export const joinTeamAction = userActionClient.formAction(
  z.object({ code: ZInviteCode }),
  async ({ code }, { user, now }) => {
    const { slug } = await joinTeam(db(), user.id, code, now, env().TEAM_MAX_MEMBERS);
    redirect(teamPath(slug));
  },
);

export const rotateInviteAction = teamActionClient(TEAM_ACTIONS.invite).formAction(
  ZTeam.extend({ expiresInDays: z.union([z.literal(""), ZExpiresInDays]).optional() }),
  async ({ expiresInDays }, { team, now }) => {
    const r = await rotateInvite(db(), team.id, now, expiresInDays === "" ? undefined : expiresInDays);
    revalidatePath(teamPath(team.slug));
    return { inviteCode: r.inviteCode };
  },
);

export const setVisibilityAction = teamActionClient(TEAM_ACTIONS.setVisibility).formAction(
  ZTeam.extend({ hidden: z.enum(["true", "false"]) }),
  async ({ hidden }, { team, user }) => {
    await setHidden(db(), team.id, user.id, hidden === "true");
    revalidatePath(teamPath(team.slug));
    return { hidden: hidden === "true" };
  },
);

export const leaveTeamAction = teamActionClient(TEAM_ACTIONS.leave).formAction(
  ZTeam,
  async (_input, { team, user, role }) => {
    await leaveTeam(db(), { teamId: team.id, userId: user.id, role });
    redirect("/teams");
  },
);

export const removeMemberAction = teamActionClient(TEAM_ACTIONS.removeMember).formAction(
  ZTarget,
  async ({ userId }, { team, user, role }) => {
    await removeMember(db(), { teamId: team.id, userId: user.id, role }, userId);
    revalidatePath(teamPath(team.slug));
    return { removed: userId };
  },
);

export const setRoleAction = teamActionClient(TEAM_ACTIONS.setRole).formAction(
  ZTarget.extend({ role: z.enum(["admin", "member"]) }),
  async ({ userId, role: next }, { team, user, role }) => {
    await setRole(db(), { teamId: team.id, userId: user.id, role }, userId, next);
    revalidatePath(teamPath(team.slug));
    return { role: next };
  },
);

export const transferOwnershipAction = teamActionClient(TEAM_ACTIONS.transfer).formAction(
  ZTarget,
  async ({ userId }, { team, user, role }) => {
    await transferOwnership(db(), { teamId: team.id, userId: user.id, role }, userId);
    revalidatePath(teamPath(team.slug));
    return { owner: userId };
  },
);

export const deleteTeamAction = teamActionClient(TEAM_ACTIONS.deleteTeam).formAction(
  ZTeam,
  async (_input, { team }) => {
    await deleteTeam(db(), team.id);
    redirect("/teams");
  },
);
