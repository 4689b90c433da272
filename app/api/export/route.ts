import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { exportJsonChunks } from "@/lib/export/export-json";
import { streamOf } from "@/lib/export/batched-rows";

export const GET = apiRoute(
  {},
  async ({ user, now }) =>
    new Response(streamOf(exportJsonChunks(db(), user.id, now)), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="deckhand-export-${now.toISOString().slice(0, 10)}.json"`,
        "cache-control": "no-store",
      },
    }),
);
