// Who may do what in a team: the one table the server enforces and the pages
// read to hide controls (README "Teams: roles"). Pure.
export type TTeamRole = "owner" | "admin" | "member";
export const ROLE_RANK: Record<TTeamRole, number> = { member: 0, admin: 1, owner: 2 };

export const TEAM_ACTIONS = {
  view: "member", // the team page, the boards, the member list
  setVisibility: "member", // hide or show yourself on the boards
  leave: "member", // the owner must transfer or delete first
  invite: "admin", // see, share, rotate and set the expiry of the invite code
  removeMember: "admin", // admins remove members; only the owner removes admins
  setRole: "owner", // promote a member to admin, demote an admin
  transfer: "owner", // hand ownership to another member (you become an admin)
  deleteTeam: "owner",
} as const satisfies Record<string, TTeamRole>;
export type TTeamAction = keyof typeof TEAM_ACTIONS;

export const atLeast = (role: TTeamRole, min: TTeamRole) => ROLE_RANK[role] >= ROLE_RANK[min];
export const can = (role: TTeamRole, action: TTeamAction) => atLeast(role, TEAM_ACTIONS[action]);

/** Removing someone needs a role above theirs: admins remove members, the owner removes anyone else. */
export const canRemove = (actor: TTeamRole, target: TTeamRole) =>
  can(actor, "removeMember") && ROLE_RANK[actor] > ROLE_RANK[target];
