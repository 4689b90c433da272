import { describe, expect, it } from "vitest";
import {
  forgettingCurve,
  selectQuestions,
  weakWeight,
  type TCandidate,
  type TSelectInput,
} from "@/lib/interviews/select-questions";
import { default_w, forgetting_curve } from "ts-fsrs";

const now = new Date("2026-05-01T12:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const decay = default_w[20]!;
const curve = forgettingCurve(decay);

/** A seen card reviewed `d` days ago with stability `s` (days). */
const seen = (
  id: string,
  d: number,
  s: number,
  extra: Partial<TCandidate["card"] & { wrong: boolean }> = {},
): TCandidate => ({
  questionId: id,
  card: {
    state: 2,
    stability: s,
    lapses: extra.lapses ?? 0,
    lastReview: daysAgo(d),
    leech: extra.leech ?? false,
    suspended: extra.suspended ?? false,
  },
  lastAnswerWrong: extra.wrong ?? false,
});
const fresh = (id: string): TCandidate => ({
  questionId: id,
  card: { state: 0, stability: 0, lapses: 0, lastReview: null, leech: false, suspended: false },
  lastAnswerWrong: false,
});
const run = (over: Partial<TSelectInput>) =>
  selectQuestions({ candidates: [], previous: [], mode: "weak", count: 5, now, seed: 42, ...over });

describe("interview selection: weak spots", () => {
  const pool = [
    seen("strong", 1, 1000), // R ≈ 1
    seen("fading", 30, 5), // R low
    seen("mid", 10, 10),
    seen("solid", 4, 40),
    seen("ok", 10, 20),
    fresh("new-a"),
    fresh("new-b"),
    fresh("new-c"),
    fresh("new-d"),
  ];

  it("reads retrievability off the FSRS forgetting curve (R = 0.9 after one stability)", () => {
    expect(curve(10, 10)).toBeCloseTo(0.9, 10);
    for (const [t, s] of [
      [1, 3],
      [30, 5],
      [200, 40],
    ] as const)
      expect(curve(t, s)).toBeCloseTo(forgetting_curve(decay, t, s), 7);
    expect(weakWeight(seen("x", 10, 10).card!, false, now, curve)).toBeCloseTo(0.1, 6);
  });

  it("asks the cards most likely to be forgotten now first", () => {
    const picked = run({ candidates: pool, count: 6 });
    expect(picked.slice(0, 4)).toEqual(["fading", "mid", "ok", "solid"]);
  });

  it("makes about one question in three an unseen one", () => {
    for (const [count, unseen] of [
      [3, 1],
      [5, 2],
      [6, 2],
      [9, 3],
      [15, 5],
    ] as const) {
      const many = [
        ...Array.from({ length: 20 }, (_, i) => seen(`s${i}`, i + 1, 5)),
        ...Array.from({ length: 20 }, (_, i) => fresh(`n${i}`)),
      ];
      const picked = run({ candidates: many, count });
      expect(picked).toHaveLength(count);
      expect(picked.filter((id) => id.startsWith("n"))).toHaveLength(unseen);
    }
  });

  it("gives a new user a whole interview of unseen questions", () => {
    const picked = run({ candidates: Array.from({ length: 8 }, (_, i) => fresh(`n${i}`)), count: 5 });
    expect(picked).toHaveLength(5);
    expect(new Set(picked).size).toBe(5);
  });

  it("weighs the common wrong answer, lapses and leeches above retrievability alone", () => {
    const same = (id: string, extra: Parameters<typeof seen>[3]) => seen(id, 3, 10, extra);
    const picked = run({
      candidates: [
        same("plain", {}),
        same("lapsed", { lapses: 3 }),
        same("wrong", { wrong: true }),
        same("leech", { leech: true, suspended: true, lapses: 8 }),
      ],
      count: 3,
    });
    expect(picked).toEqual(["leech", "wrong", "lapsed"]);
    const base = weakWeight(pool[2]!.card!, false, now, curve);
    expect(weakWeight({ ...pool[2]!.card!, lapses: 2 }, true, now, curve) - base).toBeCloseTo(0.35 + 0.1, 10);
  });

  it("leaves suspended cards out unless they are leeches", () => {
    const picked = run({
      candidates: [
        seen("parked", 30, 1, { suspended: true }),
        seen("leech", 30, 1, { suspended: true, leech: true }),
        seen("ok", 1, 10),
      ],
      count: 3,
    });
    expect(picked).toEqual(["leech", "ok"]);
  });

  it("does not repeat the previous interview's questions unless they were missed", () => {
    const previous = [
      { questionId: "fading", missed: false },
      { questionId: "mid", missed: true },
    ];
    const picked = run({ candidates: pool, previous, count: 4 });
    expect(picked).not.toContain("fading");
    expect(picked[0]).toBe("mid");
  });

  it("uses a question asked well last time only when nothing else is left", () => {
    const picked = run({
      candidates: [seen("a", 30, 5), seen("b", 30, 5)],
      previous: [{ questionId: "a", missed: false }],
      count: 3,
    });
    expect(picked).toEqual(["b", "a"]);
  });

  it("is the same for the same seed and differs for another", () => {
    const many = Array.from({ length: 50 }, (_, i) => fresh(`n${i}`));
    expect(run({ candidates: many, seed: 7 })).toEqual(run({ candidates: many, seed: 7 }));
    expect(run({ candidates: many, seed: 7 })).not.toEqual(run({ candidates: many, seed: 8 }));
  });
});

describe("interview selection: other modes and bounds", () => {
  const pool = [seen("s1", 30, 2), seen("s2", 1, 90), fresh("n1"), fresh("n2")];

  it("unseen first: never-seen questions, then the weakest seen", () => {
    expect(run({ candidates: pool, mode: "unseen", count: 3 }).slice(0, 2).sort()).toEqual(["n1", "n2"]);
    expect(run({ candidates: pool, mode: "unseen", count: 3 })[2]).toBe("s1");
  });

  it("random: any eligible question, no repeats, seeded", () => {
    const many = Array.from({ length: 30 }, (_, i) => seen(`s${i}`, i, 5));
    const picked = run({ candidates: many, mode: "random", count: 10 });
    expect(new Set(picked).size).toBe(10);
    expect(picked).not.toEqual(run({ candidates: many, mode: "weak", count: 10 }));
  });

  it("never returns more than 15 or more than there are", () => {
    expect(run({ candidates: pool, count: 10 })).toHaveLength(4);
    expect(run({ candidates: Array.from({ length: 40 }, (_, i) => fresh(`n${i}`)), count: 99 })).toHaveLength(15);
    expect(run({ candidates: [], count: 5 })).toEqual([]);
  });
});
