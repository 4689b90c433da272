import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { apiJson } from "@/lib/api/json-response";
import { addCard } from "@/lib/decks/hand-cards";
import { ZNewCard } from "@/lib/decks/schemas";

export const POST = apiRoute({ body: ZNewCard }, async ({ user, body, params, now }) =>
  apiJson(await addCard(db(), user.id, params.id!, body, now), 201),
);
