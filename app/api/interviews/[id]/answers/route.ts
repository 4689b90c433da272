import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { apiJson } from "@/lib/api/json-response";
import { answerQuestion } from "@/lib/interviews/answer-question";
import { toApiCurrent } from "@/lib/interviews/get-interview";
import { ZAnswerInput } from "@/lib/interviews/schemas";

export const POST = apiRoute({ body: ZAnswerInput }, async ({ user, body, params, now }) => {
  const t0 = performance.now();
  const r = await answerQuestion(db(), user, params.id ?? "", body, now);
  // Server-Timing says where the time went (read by `npm run bench:interviews`).
  const timing = `answer;dur=${(performance.now() - t0).toFixed(2)}`;
  // 201 for a new answer, 200 for a replayed retry: both carry the same body.
  return apiJson(
    { score: r.score, verdict: r.verdict, timedOut: r.timedOut, next: r.next ? toApiCurrent(r.next) : null },
    r.replayed ? 200 : 201,
    { "server-timing": timing },
  );
});
