import type { Session } from "next-auth";

/**
 * The filter that loads a session's user only while the session is live:
 * the user's session version unchanged since it began (password change, sign
 * out everywhere) and this session not signed out. It rides on the query that
 * loads the user anyway, so checking costs no extra round trip.
 */
export function sessionWhere(session: Session | null) {
  const id = session?.user?.id;
  if (!id) return null;
  return {
    id,
    sessionVersion: session.sessionVersion ?? 0,
    ...(session.sid ? { revokedSessions: { none: { sid: session.sid } } } : {}),
  };
}
