import { ApiError } from "@/lib/api/api-route";
import { InterviewError } from "./interview-error";

/** Runs interview domain code for a route handler: its expected failures become API errors. */
export async function asApi<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof InterviewError) throw new ApiError(e.status, e.apiCode, e.message, e.fields);
    throw e;
  }
}
