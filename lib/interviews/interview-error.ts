import { DomainError } from "@/lib/errors/domain-error";

export const interviewNotFound = () =>
  new DomainError("not_found", "No such interview among yours.", { apiCode: "interview_not_found" });
