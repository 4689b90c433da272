import { describe, expect, it } from "vitest";
import { scoreAnswer } from "@/lib/scoring/score-answer";

const REDIS = {
  question: "Why is Redis used as a cache in front of PostgreSQL?",
  reference: "Redis is faster than PostgreSQL for simple key lookups because it keeps the data in memory, so hot reads avoid the disk.",
};
const UDP = {
  question: "When would you pick UDP?",
  reference: "UDP has lower overhead than TCP because it skips the handshake and retransmission, so it suits real-time media where late data is useless.",
};
const INDEX = {
  question: "Why is an index on a low-cardinality column often useless?",
  reference: "When a column has few distinct values, each value matches a large share of the rows, so the planner prefers a sequential scan over many random index lookups.",
};

const WAL = {
  question: "Why is a write-ahead log used?",
  reference: "Changes are written to the log before the data files, so after a crash the database replays the log and loses no committed transaction.",
};

const score = (card: { question: string; reference: string }, answer: string) => scoreAnswer({ ...card, answer });

describe("reversed comparisons (issue #10)", () => {
  it("does not call a comparison said the wrong way round correct", () => {
    for (const [card, answer] of [
      [REDIS, "PostgreSQL is faster than Redis for simple key lookups because it keeps the data in memory, so hot reads avoid the disk."],
      [REDIS, "Redis is not faster than PostgreSQL for key lookups; it keeps data in memory."],
      [UDP, "TCP has lower overhead than UDP because it skips the handshake and retransmission, so it suits real-time media."],
      [UDP, "UDP has higher overhead than TCP, but it skips the handshake, so it suits real-time media."],
      [UDP, "UDP has more overhead than TCP since there is no handshake, good for real-time media."],
      [INDEX, "Each value matches a large share of the rows, so the planner prefers random index lookups over a sequential scan."],
      [WAL, "Changes are written to the data files before the log, so after a crash the database replays the log."],
    ] as const) {
      const r = score(card, answer);
      expect(r.verdict, answer).not.toBe("correct");
      expect(r.score, answer).toBeLessThan(40);
      expect(r.feedback, answer).toMatch(/reversed/);
    }
  });

  it("keeps a comparison restated in other words, or from the other side, correct", () => {
    for (const [card, answer] of [
      [REDIS, "Redis answers simple key lookups quicker than PostgreSQL since it holds data in memory."],
      [REDIS, "PostgreSQL is slower than Redis for key lookups, since Redis keeps the data in memory and hot reads avoid the disk."],
      [UDP, "TCP has higher overhead than UDP, which skips the handshake and retransmission; that suits real-time media."],
      [UDP, "UDP has less overhead than TCP since there is no handshake or retransmission, good for real-time media."],
      [WAL, "The data files are written after the log, so the database can replay the log after a crash and lose no committed transaction."],
    ] as const) {
      const r = score(card, answer);
      expect(r.verdict, answer).toBe("correct");
    }
  });
});
