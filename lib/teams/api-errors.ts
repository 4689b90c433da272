import "server-only";
import { ActionError } from "@/lib/actions/action-result";
import { ApiError } from "@/lib/api/api-route";

const STATUS = { invalid: 400, unauthorized: 401, forbidden: 403, not_found: 404, conflict: 409, rate_limited: 429 } as const;

/** Team domain failures (ActionError) answered in the API's one error shape. */
export async function asApi<T>(work: () => Promise<T>, notFoundCode = "team_not_found"): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!(e instanceof ActionError)) throw e;
    const code = e.code === "not_found" ? notFoundCode : e.code === "conflict" ? "conflict" : e.code === "invalid" ? "invalid_request" : e.code;
    throw new ApiError(STATUS[e.code], code, e.message, e.fields);
  }
}
