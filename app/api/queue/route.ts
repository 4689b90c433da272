import { z } from "zod";
import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { getQueue } from "@/lib/review/get-queue";

const ZQuery = z.object({
  lesson: z.string().max(200).optional(),
  take: z.coerce.number().int().min(0).max(200).default(20),
});

export const GET = apiRoute({ query: ZQuery }, ({ user, query, now }) =>
  getQueue(db(), user, now, { take: query.take, ...(query.lesson ? { lessonSlug: query.lesson } : {}) }),
);
