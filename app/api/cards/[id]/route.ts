import { db } from "@/lib/db";
import { apiRoute } from "@/lib/api/api-route";
import { editCard } from "@/lib/decks/edit-card";
import { ZCardEdit } from "@/lib/decks/schemas";

export const PATCH = apiRoute({ body: ZCardEdit }, async ({ user, body, params }) =>
  editCard(db(), user.id, params.id!, body),
);
