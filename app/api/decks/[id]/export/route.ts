import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { exportDeck } from "@/lib/decks/export-deck";

export const GET = apiRoute({}, async ({ user, params }) => {
  const { name, markdown } = await exportDeck(db(), user.id, params.id!);
  const file = name.replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "") || "deck";
  return new Response(markdown, {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${file}.md"`,
      "cache-control": "no-store",
    },
  });
});
