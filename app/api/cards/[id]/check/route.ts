import { z } from "zod";
import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { DomainError } from "@/lib/errors/domain-error";
import { checkAnswer } from "@/lib/review/check-answer";
import { MAX_ANSWER_CHARS } from "@/lib/scoring/types";

const ZCheck = z.object({
  answer: z
    .string({ error: "answer must be a string" })
    .max(MAX_ANSWER_CHARS, `answer is longer than ${MAX_ANSWER_CHARS} characters`),
  seconds: z.number().min(0).max(86_400).optional(),
});

export const POST = apiRoute({ body: ZCheck }, async ({ user, body, params, now }) => {
  const id = (params.id ?? "").slice(0, 64);
  const checked = await checkAnswer(db(), user, id, body.answer, body.seconds, now);
  if (!checked) throw new DomainError("not_found", `No card ${id} in your deck.`, { apiCode: "card_not_found" });
  return checked;
});
