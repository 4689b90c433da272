import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { asApi } from "@/lib/teams/api-errors";
import { exportDeck } from "@/lib/decks/export-deck";

export const GET = apiRoute({}, async ({ user, params }) => {
  const { name, markdown } = await asApi(() => exportDeck(db(), user.id, params.id!), "not_found");
  const file = name.replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "") || "deck";
  return new Response(markdown, {
    headers: { "content-type": "text/markdown; charset=utf-8", "content-disposition": `attachment; filename="${file}.md"`, "cache-control": "no-store" },
  });
});
