import { z } from "zod";
import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { correctAnswer } from "@/lib/interviews/correct-answer";

const ZCorrection = z.object({
  questionId: z.string().min(1).max(64),
  correct: z.boolean({ error: "correct must be true (I was right) or false (I was wrong)" }),
});

export const POST = apiRoute({ body: ZCorrection }, async ({ user, body, params }) =>
  correctAnswer(db(), user, params.id ?? "", body),
);
