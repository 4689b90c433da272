// Team insights per deck: the weakest chapters and common wrong answers count the
// course and the team's decks (never a member's private deck), or one chosen deck.
import { expect, it } from "vitest";
import { createDeck } from "@/lib/decks/create-deck";
import { uploadChapters } from "@/lib/decks/upload-chapters";
import { recordReview } from "@/lib/review/record-review";
import { commonWrongAnswers, weakestChapters } from "@/lib/teams/get-team-insights";
import { createTeam } from "@/lib/teams/create-team";
import { joinTeam } from "@/lib/teams/join-team";
import { describeDb, useTestDb } from "../support/test-db";
import { makeUser } from "../support/seed";
import { deckChapter } from "../support/deck-chapter";

const now = new Date("2026-03-11T12:00:00Z");
let n = 0;
const k = () => `insight-deck-${process.pid}-${n++}`;

describeDb("team insights per deck", () => {
  const t = useTestDb({ chapters: ["tests/fixtures/content/01-containers-and-images.md"] });

  it("counts the course and team decks, never a private deck; a chosen deck alone", async () => {
    const owner = await makeUser(t.db);
    const team = await createTeam(t.db, owner.id, "Crew");
    const { id: teamId } = await t.db.team.findUniqueOrThrow({ where: { slug: team.slug } });
    const b = await makeUser(t.db);
    await joinTeam(t.db, b.id, team.inviteCode, now, 100);
    const chapter = (q: string, wrong: string) =>
      deckChapter(1, { title: q, pairs: [{ q, a: "The right answer here.", wrong }] });
    const teamDeck = await createDeck(t.db, owner.id, "Crew drills", team.slug);
    expect(
      (
        await uploadChapters(
          t.db,
          owner.id,
          teamDeck.id,
          [{ name: "01-crew.md", text: chapter("Crew question?", "Crew wrong.") }],
          { now },
        )
      ).ok,
    ).toBe(true);
    const secret = await createDeck(t.db, b.id, "Secret");
    expect(
      (
        await uploadChapters(
          t.db,
          b.id,
          secret.id,
          [{ name: "01-secret.md", text: chapter("Secret question?", "Secret wrong.") }],
          { now },
        )
      ).ok,
    ).toBe(true);

    for (const deckId of ["course", teamDeck.id, secret.id]) {
      const card = await t.db.card.findFirstOrThrow({
        where: { userId: b.id, deckId, question: { kind: "interview", wrongAnswer: { not: null } } },
        include: { question: true },
      });
      const r = await recordReview(
        t.db,
        b,
        { cardId: card.id, rating: 1, answer: card.question.wrongAnswer!, idempotencyKey: k() },
        now,
      );
      expect(r.status === "ok" && r.review.verdict).toBe("common-wrong-answer");
    }
    const titles = (rows: { title: string }[]) => rows.map((r) => r.title).sort();
    const all = await weakestChapters(t.db, teamId, now);
    expect(all).toHaveLength(2);
    expect(titles(all)).toContain("Crew question?");
    expect(JSON.stringify(all)).not.toContain("Secret");
    const wrongAll = await commonWrongAnswers(t.db, teamId, owner, now);
    expect(wrongAll).toHaveLength(2);
    expect(JSON.stringify(wrongAll)).not.toContain("Secret");

    expect(titles(await weakestChapters(t.db, teamId, now, teamDeck.id))).toEqual(["Crew question?"]);
    expect((await commonWrongAnswers(t.db, teamId, owner, now, teamDeck.id)).map((w) => w.wrongAnswer)).toEqual([
      "Crew wrong.",
    ]);
    const course = await weakestChapters(t.db, teamId, now, "course");
    expect(course).toHaveLength(1);
    expect(course[0]!.title).not.toBe("Crew question?");
  });
});
