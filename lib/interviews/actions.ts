"use server";
// The Interview page's door to the domain code: the same functions the JSON API calls.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { userActionClient } from "@/lib/actions/action-client";
import { answerQuestion } from "./answer-question";
import { correctAnswer } from "./correct-answer";
import { finishInterview } from "./finish-interview";
import { retryMissed } from "./retry-missed";
import { ZAnswerInput, ZStartInterview } from "./schemas";
import { startInterview } from "./start-interview";

// The form sends one checkbox per chapter (`lesson-<slug>`) and a scope radio; with more
// than one deck, one checkbox per deck (`deck-<id>`) and `pickDecks` saying they were shown.
const ZStartForm = z.preprocess(
  (raw) => {
    const form = raw as Record<string, unknown>;
    const keys = Object.keys(form);
    const chosen = keys.filter((k) => k.startsWith("lesson-")).map((k) => k.slice(7));
    const decks = keys.filter((k) => k.startsWith("deck-")).map((k) => k.slice(5));
    return {
      ...form,
      lessons: form.scope === "chosen" ? chosen : undefined,
      deckIds: form.pickDecks ? decks : undefined,
    };
  },
  ZStartInterview.refine((v) => v.lessons === undefined || v.lessons.length > 0, {
    path: ["lessons"],
    message: "Choose at least one chapter, or all chapters.",
  }),
);

export const startInterviewAction = userActionClient.formAction(ZStartForm, async (input, { user, now }) => {
  const id = await startInterview(db(), user, input, now);
  redirect(`/interview/${id}`);
});

export const answerInterviewAction = userActionClient.action(
  ZAnswerInput.extend({ interviewId: z.string().min(1).max(64), ranOut: z.boolean().optional() }),
  async ({ interviewId, ranOut, ...input }, { user, now }) => {
    const r = await answerQuestion(db(), user, interviewId, input, now, ranOut ?? false);
    return { score: r.score, verdict: r.verdict, timedOut: r.timedOut, next: r.next };
  },
);

export const finishInterviewAction = userActionClient.action(
  z.object({ interviewId: z.string().min(1).max(64) }),
  async ({ interviewId }, { user, now }) => {
    await finishInterview(db(), user.id, interviewId, now);
    revalidatePath("/interview");
    return { finished: true };
  },
);

export const retryMissedAction = userActionClient.formAction(
  z.object({ interviewId: z.string().min(1).max(64) }),
  async ({ interviewId }, { user, now }) => {
    const id = await retryMissed(db(), user.id, interviewId, now);
    redirect(`/interview/${id}`);
  },
);

export const setInterviewsUpdateScheduleAction = userActionClient.action(
  z.object({ on: z.boolean() }),
  async ({ on }, { user }) => {
    await db().user.update({ where: { id: user.id }, data: { interviewsUpdateSchedule: on }, select: { id: true } });
    return { on };
  },
);

export const correctInterviewAnswerAction = userActionClient.action(
  z.object({ interviewId: z.string().min(1).max(64), questionId: z.string().min(1).max(64), correct: z.boolean() }),
  async ({ interviewId, ...input }, { user }) => {
    const r = await correctAnswer(db(), user, interviewId, input);
    revalidatePath(`/interview/${interviewId}`);
    return r;
  },
);
