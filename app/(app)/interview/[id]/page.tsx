import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getInterview } from "@/lib/interviews/get-interview";
import { getReport } from "@/lib/interviews/get-report";
import { DomainError } from "@/lib/errors/domain-error";
import { InterviewRunner } from "./interview-runner";
import { ReportView } from "./report-view";

export const metadata: Metadata = { title: "Interview" };

export default async function InterviewRunPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const now = new Date();
  const state = await getInterview(db(), user.id, id, now).catch(orNotFound);
  // While it runs, the page gets the current question only: nothing of any model or wrong answer.
  if (state.status === "running" && state.current)
    return <InterviewRunner key={state.current.questionId} initial={state} />;
  const report = await getReport(db(), user.id, id).catch(orNotFound);
  return <ReportView report={report} />;
}

function orNotFound(e: unknown): never {
  if (e instanceof DomainError && e.status === 404) notFound();
  throw e;
}
