// An .apkg into new private decks of the user, one per Anki deck that has
// cards, with every review replayed into FSRS state. Everything is checked
// and computed before the one transaction that writes it, so a refused or
// failed import leaves nothing behind.
import { randomUUID } from "node:crypto";
import { dbProvider, type TDb } from "@/lib/db/client";
import { bulkInsert } from "./bulk-insert";
import { contentHash } from "@/lib/content/question-key";
import { MAX_CARDS_PER_DECK, MAX_DECKS_PER_USER } from "@/lib/decks/limits";
import { keyInDeck, slugInDeck } from "@/lib/decks/deck-chapters";
import { makeScheduler } from "@/lib/review/scheduler";
import { AnkiRefused, readApkg } from "./read-apkg";
import { readCollection, type TAnkiReview } from "./read-collection";
import { ANKI_CHAPTER, collectCards, type TSkipped } from "./collect-cards";
import { replayHistory } from "./replay-history";

export type TAnkiResult = { deckIds: string[]; cards: number; reviews: number; skipped: TSkipped };
const SETTINGS = {
  timezone: true,
  dayStartHour: true,
  desiredRetention: true,
  fsrsWeights: true,
  enableFuzz: true,
  learningSteps: true,
  relearningSteps: true,
} as const;

export async function importAnki(db: TDb, userId: string, zip: Uint8Array, now: Date): Promise<TAnkiResult> {
  const col = readCollection(readApkg(zip).collection);
  const { decks, skipped } = collectCards(col);
  if (!decks.length) throw new AnkiRefused("This collection has no cards that could be imported.");
  const big = decks.find((d) => d.items.length > MAX_CARDS_PER_DECK);
  if (big)
    throw new AnkiRefused(
      `The Anki deck "${big.name}" has ${big.items.length} cards; a deck may hold ${MAX_CARDS_PER_DECK}. Split it in Anki and export again.`,
    );
  const decksOwned = await db.deck.count({ where: { ownerId: userId } });
  if (decksOwned + decks.length > MAX_DECKS_PER_USER) {
    throw new AnkiRefused(
      `This would make ${decksOwned + decks.length} decks; you may have ${MAX_DECKS_PER_USER}. Delete some decks or export fewer from Anki.`,
    );
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: SETTINGS });
  const f = makeScheduler(user);
  const reviewsOf = groupByCard(col.revlog);

  // Rows first, in memory (bounded by the caps above), then one transaction.
  const deckRows: { id: string; name: string }[] = [];
  const lessonRows: Record<string, unknown>[] = [];
  const questionRows: Record<string, unknown>[] = [];
  const cardRows: Record<string, unknown>[] = [];
  const logRows: Record<string, unknown>[] = [];
  for (const d of decks) {
    const deckId = `anki${randomUUID().replace(/-/g, "").slice(0, 20)}`;
    const lessonId = randomUUID();
    deckRows.push({ id: deckId, name: d.name });
    lessonRows.push({
      id: lessonId,
      deckId,
      slug: slugInDeck(deckId, ANKI_CHAPTER),
      number: 1,
      title: d.name,
      tagline: "Imported from Anki",
      minutes: 0,
      level: "",
      eli5: "",
      sourceFile: `${ANKI_CHAPTER}.md`,
      contentHash: "",
      body: JSON.stringify({ intro: [], sections: [], inTheWild: [], applyNow: null, bridge: null, next: null }),
    });
    d.items.forEach((item, position) => {
      const questionId = randomUUID();
      const cardId = randomUUID();
      questionRows.push({
        id: questionId,
        key: keyInDeck(deckId, item.key),
        lessonId,
        deckId,
        kind: "recall",
        prompt: item.prompt,
        modelAnswer: item.answer,
        answerSource: "author",
        position,
        sortKey: position,
        tags: item.tags,
        contentHash: contentHash(["recall", item.prompt, item.answer, "author"]),
      });
      const history = reviewsOf.get(item.card.id) ?? [];
      const created = new Date(Math.min(item.card.nid, history[0]?.id ?? Infinity, now.getTime()));
      const { state, logs } = replayHistory(user, history, created, f);
      cardRows.push({
        id: cardId,
        userId,
        questionId,
        deckId,
        newOrder: position,
        suspended: item.card.queue === -1,
        ...state,
      });
      for (const l of logs) logRows.push({ ...l, userId, cardId });
    });
  }
  await db.$transaction(
    async (tx) => {
      await tx.deck.createMany({ data: deckRows.map((d) => ({ ...d, kind: "user", ownerId: userId })) });
      await tx.lesson.createMany({ data: lessonRows as never });
      // Every card and log row carries userId (set above); the rows are the user's own by construction.
      const provider = dbProvider(db);
      await bulkInsert(tx, provider, "Question", questionRows, now);
      await bulkInsert(tx, provider, "Card", cardRows, now);
      await bulkInsert(tx, provider, "ReviewLog", logRows, now);
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
  return { deckIds: deckRows.map((d) => d.id), cards: cardRows.length, reviews: logRows.length, skipped };
}

function groupByCard(revlog: readonly TAnkiReview[]): Map<number, TAnkiReview[]> {
  const out = new Map<number, TAnkiReview[]>();
  for (const r of revlog) {
    const list = out.get(r.cid);
    if (list) list.push(r);
    else out.set(r.cid, [r]);
  }
  return out;
}
