"use server";
// The card browser's bulk actions, through the one door (the signed-in user,
// zod input, one result type).
import { z } from "zod";
import { userActionClient } from "@/lib/actions/action-client";
import { db } from "@/lib/db";
import { bulkCardAction } from "./bulk-card-action";
import { PAGE_SIZE } from "./browse-schema";

const ZBulk = z.object({
  ids: z
    .array(z.string().min(1).max(64))
    .min(1, "Select at least one card.")
    .max(PAGE_SIZE * 4, `At most ${PAGE_SIZE * 4} cards at once.`),
  action: z.enum(["suspend", "unsuspend", "forget"]),
});

export const bulkCardsAction = userActionClient.action(ZBulk, async ({ ids, action }, { user, now }) => ({
  changed: await bulkCardAction(db(), user, [...new Set(ids)], action, now),
}));
