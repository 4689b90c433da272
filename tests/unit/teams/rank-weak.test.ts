import { expect, it } from "vitest";
import { rankWeak, type TWeakChapter } from "@/lib/teams/get-team-insights";

const ch = (number: number, reviews: number, misses: number): TWeakChapter => ({
  slug: `c${number}`,
  title: `C${number}`,
  number,
  reviews,
  misses,
  lapses: 0,
  wrongAnswers: 0,
  members: 1,
});

it("ranks chapters by misses, then by the share of reviews missed, leaving out chapters nobody missed", () => {
  const ranked = rankWeak([ch(1, 50, 2), ch(2, 10, 2), ch(3, 40, 9), ch(4, 30, 0), ch(5, 5, 1)]);
  expect(ranked.map((c) => c.number)).toEqual([3, 2, 1, 5]);
});
