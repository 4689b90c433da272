import { expect, it } from "vitest";
import { DomainError } from "@/lib/errors/domain-error";
import { createDeck } from "@/lib/decks/create-deck";
import { uploadChapters } from "@/lib/decks/upload-chapters";
import { ZStartInterview } from "@/lib/interviews/schemas";
import { startInterview } from "@/lib/interviews/start-interview";
import { describeDb, useTestDb } from "../support/test-db";
import { makeUser } from "../support/seed";
import { deckChapter } from "../support/deck-chapter";

const now = new Date("2026-03-11T12:00:00Z");
const pairs = [1, 2, 3, 4].map((i) => ({ q: `Why does harbour rule ${i} hold?`, a: `Rule ${i} keeps ships apart.` }));

describeDb("interviews on chosen decks", () => {
  const t = useTestDb({ chapters: ["tests/fixtures/content/01-containers-and-images.md"] });
  const setup = async () => {
    const u = await makeUser(t.db);
    const deck = await createDeck(t.db, u.id, "Harbour");
    const up = await uploadChapters(t.db, u.id, deck.id, [{ name: "01-harbour.md", text: deckChapter(1, { pairs }) }], {
      now,
    });
    expect(up.ok).toBe(true);
    return { u: { id: u.id, fsrsWeights: null }, deck };
  };
  const asked = async (id: string) => {
    const rows = await t.db.interviewAnswer.findMany({
      where: { sessionId: id },
      select: { question: { select: { deckId: true } } },
    });
    return rows.map((r) => r.question.deckId);
  };
  const start = (userId: string, over: Record<string, unknown>) =>
    startInterview(
      t.db,
      { id: userId, fsrsWeights: null },
      ZStartInterview.parse({ count: 4, secondsPerQuestion: 15, ...over }),
      now,
      99,
    );

  it("asks only from the chosen decks; no choice means every deck", async () => {
    const { u, deck } = await setup();
    expect(await asked(await start(u.id, { deckIds: [deck.id] }))).toEqual([deck.id, deck.id, deck.id, deck.id]);
    expect(new Set(await asked(await start(u.id, { deckIds: ["course"] })))).toEqual(new Set(["course"]));
    expect(await asked(await start(u.id, { deckIds: ["course", deck.id], count: 15 }))).toEqual(
      expect.arrayContaining(["course", deck.id]),
    );
    expect(await asked(await start(u.id, { count: 15 }))).toEqual(expect.arrayContaining(["course", deck.id]));
  });

  it("a deck the user does not study is not found and nothing starts", async () => {
    const { deck } = await setup();
    const other = await makeUser(t.db);
    const before = await t.db.interviewSession.count({ where: { userId: other.id } });
    const err = await start(other.id, { deckIds: ["course", deck.id] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe("not_found");
    expect(await t.db.interviewSession.count({ where: { userId: other.id } })).toBe(before);
    expect(ZStartInterview.safeParse({ deckIds: [] }).success).toBe(false);
  });
});
