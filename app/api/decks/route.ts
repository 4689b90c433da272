import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { apiJson } from "@/lib/api/json-response";
import { listDecks } from "@/lib/decks/list-decks";
import { createDeck } from "@/lib/decks/create-deck";
import { ZNewDeck } from "@/lib/decks/schemas";

export const GET = apiRoute({}, async ({ user, now }) => ({
  decks: (await listDecks(db(), user.id, now)).map(({ id, name, teamSlug, cards, due }) => ({
    id,
    name,
    ...(teamSlug ? { teamSlug } : {}),
    cards,
    due,
  })),
}));

export const POST = apiRoute({ body: ZNewDeck }, async ({ user, body }) =>
  apiJson(await createDeck(db(), user.id, body.name, body.teamSlug), 201),
);
