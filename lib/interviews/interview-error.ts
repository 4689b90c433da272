import { ActionError, type TActionErrorCode, type TFieldErrors } from "@/lib/actions/action-result";

/**
 * An expected interview failure, readable by both doors: server actions see an
 * ActionError (code, message), the JSON API the HTTP status and API code.
 */
export class InterviewError extends ActionError {
  constructor(
    code: Exclude<TActionErrorCode, "server">, public status: number, public apiCode: string, message: string, fields?: TFieldErrors,
  ) {
    super(code, message, fields);
  }
}

export const interviewNotFound = () =>
  new InterviewError("not_found", 404, "interview_not_found", "No such interview among yours.");
