import { z } from "zod";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/api/authenticate";
import { invalid, unauthorized } from "@/lib/api/json-error";
import { getQueue } from "@/lib/review/get-queue";

const ZQuery = z.object({
  lesson: z.string().max(200).optional(),
  take: z.coerce.number().int().min(0).max(200).default(20),
});

export async function GET(request: Request) {
  const user = await authenticate(request);
  if (!user) return unauthorized();
  const q = ZQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!q.success) return invalid(q.error);
  const queue = await getQueue(db(), user, new Date(), { take: q.data.take, ...(q.data.lesson ? { lessonSlug: q.data.lesson } : {}) });
  return Response.json(queue);
}
