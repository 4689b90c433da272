import { describe, expect, it } from "vitest";
import { alignAnswer } from "@/lib/scoring/align-answer";
import { analyzeText } from "@/lib/scoring/analyze-text";
import { findOpposedStates } from "@/lib/scoring/find-opposed-states";
import { prepareReference } from "@/lib/scoring/prepare-reference";
import { scoreAnswer } from "@/lib/scoring/score-answer";

const DIFFERENT = {
  question: "Explain why you got a voltage reading of 1.5 for terminal 1 and the positive terminal.",
  reference: "Terminal 1 and the positive battery terminal are in different electrical states",
};
const GAP = { question: "What does it mean when the voltage reading jumps from 0 to 1.5?", reference: "the terminals are separated by a gap" };

function compare(card: { question: string; reference: string }, answer: string) {
  const prepared = prepareReference(card.question, card.reference, undefined);
  const tokens = analyzeText(answer);
  const r = findOpposedStates(prepared.reference.tokens, tokens, alignAnswer(prepared.reference.targets, tokens));
  return { opposed: r.opposed.size > 0, agreed: r.agreed.size > 0 };
}

describe("findOpposedStates", () => {
  it("reads a state said in other words, and its opposite", () => {
    expect(compare(DIFFERENT, "terminal 1 is connected to the positive battery terminal")).toEqual({ opposed: true, agreed: false });
    expect(compare(DIFFERENT, "terminal 1 is not connected to the positive terminal")).toEqual({ opposed: false, agreed: true });
    expect(compare(DIFFERENT, "there is a gap between terminal 1 and the positive terminal")).toEqual({ opposed: false, agreed: true });
  });

  it("flips a state under a negation: no gap, not separated by any gaps", () => {
    expect(compare(GAP, "because terminal 1 is not seperated by any gaps").opposed).toBe(true);
    expect(compare(GAP, "there is no gap between the terminals").opposed).toBe(true);
    expect(compare(GAP, "the terminals are not connected").agreed).toBe(true);
  });

  it("reads an adverb ('no longer', 'now') as naming no thing: the clause still speaks to the claim", () => {
    expect(compare(GAP, "that they are no longer connected")).toEqual({ opposed: false, agreed: true });
    expect(compare(GAP, "now they are connected").opposed).toBe(true);
    // "the two" stands for things named elsewhere, as "they" does; "terminal 1" is still a name.
    expect(compare(DIFFERENT, 'the two aren"t connected').agreed).toBe(true);
  });

  it("reads a swapped thing as the state the other way round", () => {
    // Connected to the *negative* terminal = in a different state from the positive one.
    expect(compare(DIFFERENT, "terminal 1 is connected to the negative battery terminal")).toEqual({ opposed: false, agreed: true });
    expect(compare(DIFFERENT, "there is no gap between terminal 1 and the negative terminal").agreed).toBe(true);
  });

  it("reads a swapped thing named by a noun the model answer does not use ('negative side')", () => {
    expect(compare(DIFFERENT, "terminal 1 is connected to the negative side of the battery")).toEqual({ opposed: false, agreed: true });
    expect(compare(DIFFERENT, "terminal 1 is connected to the positive side of the battery")).toEqual({ opposed: true, agreed: false });
  });

  it("lets a 'not' deny the state it governs, not the words that describe its thing", () => {
    const card = { question: "Why was bulb A on when switch Y was open?", reference: "Switch Y and bulb A are not in the same closed path" };
    expect(compare(card, "bulb A is in a closed path with the battery")).toEqual({ opposed: false, agreed: true });
    expect(compare(card, "bulb a and switch y are in the same path").opposed).toBe(true);
    expect(compare({ question: "Why do bulbs stay on?", reference: "Each bulb is in its own path" }, "bulbs B and C are in different paths that do not contain bulb A").opposed).toBe(false);
  });

  it("compares only claims about the same things", () => {
    const card = {
      question: "Why use containers rather than VMs?",
      reference: "Containers package application dependencies in a portable unit that starts fast and behaves consistently. VMs isolate harder, but they are heavier and slower.",
    };
    expect(compare(card, "Containers start quickly and behave the same everywhere. VMs give stronger isolation but are heavier.").opposed).toBe(false);
  });

  it("costs an answer that asserts the opposite state its credit", () => {
    // Both reuse the model answer's words; only the state tells them apart (they scored the same, 69).
    const right = scoreAnswer({ ...DIFFERENT, answer: "terminal 1 is not connected to the positive battery terminal" }).score;
    const wrong = scoreAnswer({ ...DIFFERENT, answer: "terminal 1 is connected to the positive battery terminal" }).score;
    expect(wrong).toBeLessThan(40);
    expect(right - wrong).toBeGreaterThan(30);
  });

  it("credits a state said in other words like a synonym, with the thing it describes", () => {
    // "separated by a gap" says "different electrical states" (it scored 35).
    const r = scoreAnswer({ ...DIFFERENT, answer: "terminal 1 is separated from the positive terminal by a gap" });
    expect(r.score).toBeGreaterThanOrEqual(70);
    expect(r.concepts.find((c) => c.text.includes("different electrical states"))).toMatchObject({ matched: true });
    expect(scoreAnswer({ ...DIFFERENT, answer: "they are not connected" }).score).toBeGreaterThan(scoreAnswer({ ...DIFFERENT, answer: "they are connected" }).score + 40);
  });

  it("does not read a clause as denied when the answer agrees with the states it asserts", () => {
    // The "not" denies "same"; the answer says the path is closed, as the model answer does (it scored 0 as a denial).
    const card = { question: "When switch X was closed and switch Y was open, why was bulb A on?", reference: "Switch Y and bulb A are not in the same closed path" };
    expect(scoreAnswer({ ...card, answer: "Bulb A is in a closed path with the battery." }).score).toBeGreaterThanOrEqual(50);
    expect(scoreAnswer({ ...card, answer: "Switch Y and bulb A are in the same closed path." }).score).toBeLessThan(30);
  });

  it("flips a state for a swapped thing only when the opposite word qualifies a noun", () => {
    const card = { question: "How is the last element stored?", reference: "The last element is separated from the head" };
    // "first" qualifies no noun here: no other thing, no reversed state.
    expect(compare(card, "the elements are separated from the head first")).toEqual({ opposed: false, agreed: true });
    // "the negative battery terminal" against "the positive battery terminal": the same noun, the other one of two.
    const terminal = { question: "Why is the bulb off?", reference: "Terminal 1 is separated from the positive battery terminal" };
    expect(compare(terminal, "terminal 1 is separated from the negative battery terminal").opposed).toBe(true);
    expect(compare(terminal, "terminal 1 is separated from the positive battery terminal").opposed).toBe(false);
  });

  it("leaves compound terms alone: a linked list says nothing about things being joined", () => {
    const card = { question: "What is a circular linked list?", reference: "In a circular list the ends are not separated." };
    expect(compare(card, "a linked list where the last node points back to the first")).toEqual({ opposed: false, agreed: false });
  });

  it("lets a claim that names nothing but a state be answered by any clause, and a gap outweigh the path it is in", () => {
    // "incomplete" negates by its prefix, yet it is a state of its own.
    const incomplete = { question: "Why does a damaged bulb impact a circuit?", reference: "there is an incomplete circuit" };
    expect(compare(incomplete, "A damaged bulb creates a gap.")).toEqual({ opposed: false, agreed: true });
    expect(compare(incomplete, "the circuit is complete")).toEqual({ opposed: true, agreed: false });
    const none = { question: "Explain your reasoning.", reference: "there is no closed path" };
    expect(compare(none, "there is a gap in the closed path")).toEqual({ opposed: false, agreed: true });
    expect(scoreAnswer({ ...none, answer: "there is a gap in the closed path" }).score).toBeGreaterThanOrEqual(70);
  });

  it("compares an answer clause only with the claim it is most about, and not under a negation carried from a bare 'Not really:'", () => {
    const sts = {
      question: "What is the difference between a Deployment and a StatefulSet?",
      reference:
        "A Deployment treats replicas as interchangeable, with random names and usually shared or no storage. A StatefulSet gives each replica a stable name, stable DNS through a headless Service, a separate PVC from volumeClaimTemplates, and ordered rollout.",
    };
    // The shared storage is the Deployment's: no denial of the StatefulSet's separate PVCs.
    expect(compare(sts, "Deployment pods are interchangeable and usually share one volume; StatefulSet pods get stable names and DNS and roll out in order.").opposed).toBe(false);
    const snap = {
      question: "Is a volume snapshot a backup?",
      reference: "It is a point-in-time copy, but it often lives in the same account and region as the source and has never been proven restorable.",
    };
    expect(compare(snap, "Not really: a snapshot sits in the same account and region as the disk and nobody tested a restore.").opposed).toBe(false);
    expect(compare(snap, "a snapshot lives in a different account and region from the source").opposed).toBe(true);
  });

  it("leaves out words whose state depends on what they refer to ('its own namespace' is the same one)", () => {
    const card = { question: "Who can read a Secret?", reference: "Anyone who can create Pods there, because a Pod can mount any Secret in its own namespace." };
    expect(compare(card, "anyone who can create Pods, since a Pod can mount any Secret in the same namespace")).toEqual({ opposed: false, agreed: false });
  });

  it("reads no state from a thing a clause is about, nor from something done", () => {
    const pool = {
      question: "Why should you use a connection pool in front of PostgreSQL?",
      reference: "Each PostgreSQL connection is a separate backend process with its own memory, so opening one per request is slow.",
    };
    // "Connections" is what the answer is about, not a claim that things are joined; "opening one" is no open path.
    expect(compare(pool, "Connections are cheap in PostgreSQL, so a pool is mainly for security.")).toEqual({ opposed: false, agreed: false });
    expect(compare(pool, "Every connection costs Postgres a whole backend process and memory, so connecting per request is slow.")).toEqual({ opposed: false, agreed: false });
    expect(compare(GAP, "because there is a gap between the terminals")).toEqual({ opposed: false, agreed: true });
  });

  it("reads no state from a piece of a name or an abbreviation, nor from a comparative", () => {
    const traces = { question: "Why are spans missing from a trace?", reference: "The trace is broken where context propagation stops" };
    // "OpenTelemetry" is glued "open" + "telemetry"; "CI" expands to "continuous integration": names, not states.
    expect(compare(traces, "OpenTelemetry shows the trace of every request")).toEqual({ opposed: false, agreed: false });
    expect(compare(traces, "the trace is recorded in CI")).toEqual({ opposed: false, agreed: false });
    // "closest" is nearness, not a closed path.
    expect(compare(GAP, "the terminals are closest to the battery")).toEqual({ opposed: false, agreed: false });
    expect(compare(GAP, "the terminals are in a closed path")).toEqual({ opposed: true, agreed: false });
  });

  it("reads a rule's exception said from its other side as the same rule ('shared only when MIG' for 'not shared unless MIG')", () => {
    const gpu = { question: "A Pod is stuck Pending on GPUs. What do you check?", reference: "Check whether other Pods hold every GPU, because GPUs are not shared unless MIG or time-slicing is configured." };
    expect(compare(gpu, "GPUs can be shared only when MIG is on")).toEqual({ opposed: false, agreed: true });
    expect(compare(gpu, "a GPU can only be shared with MIG")).toEqual({ opposed: false, agreed: true });
    // The exception turned round, and the flat claim, still contradict it.
    expect(compare(gpu, "GPUs are shared unless MIG is configured").opposed).toBe(true);
    expect(compare(gpu, "GPUs are not shared when MIG is on").opposed).toBe(true);
    expect(compare(gpu, "GPUs are shared between Pods by default").opposed).toBe(true);
    const right = scoreAnswer({ ...gpu, answer: "Check whether other Pods hold every GPU: GPUs can be shared only when MIG or time-slicing is configured." });
    expect(right.verdict).toBe("correct");
  });

  it("reads no state from a comparison of degrees: 'not isolated as strongly as VMs' denies the degree", () => {
    const card = { question: "Why do containers exist when VMs already isolate workloads?", reference: "Containers start fast and behave consistently. VMs isolate harder, but they are heavier." };
    expect(compare(card, "Containers are not isolated as strongly as VMs, but they start fast.")).toEqual({ opposed: false, agreed: false });
    expect(compare(card, "Containers are less isolated than VMs")).toEqual({ opposed: false, agreed: false });
    expect(compare(card, "VMs are not isolated").opposed).toBe(true);
    // "as long as" is a condition, not a comparison of degrees.
    expect(compare(card, "VMs are fine as long as they are not isolated").opposed).toBe(true);
    // "different than" is the state itself, not a degree.
    expect(compare(DIFFERENT, "terminal 1 is in a different state than the positive terminal")).toEqual({ opposed: false, agreed: true });
  });

  it("reads a case supposed against a prohibition as its explanation, not its opposite", () => {
    const card = { question: "Why should the VPA and the HPA not act on the same CPU metric?", reference: "Do not let the VPA and the HPA both act on the same CPU metric, because each reacts to the other's changes." };
    expect(compare(card, "If both act on the same CPU metric, each reacts to the other's changes and they fight.").opposed).toBe(false);
    expect(compare(card, "They should both act on the same CPU metric so they agree").opposed).toBe(true);
  });

  it("ends a cue's reach at a free dash or a new 'there is', not at a hyphen inside a word", () => {
    expect(compare(GAP, "the terminals went from being connected to not being connected - there is a gap")).toEqual({ opposed: false, agreed: true });
    expect(compare(GAP, "they are not connected, because there is a gap").agreed).toBe(true);
    expect(compare(GAP, "the terminals are not time-sliced or separated").opposed).toBe(true);
  });

  it("reads a participle right after its noun as describing that thing, not as the clause's claim", () => {
    const paths = { question: "Why didn't bulbs A and C go out?", reference: "A, B and C are in different paths" };
    expect(compare(paths, "They all have their own paths connected to the battery").opposed).toBe(false);
    expect(compare(paths, "they are all connected in one path").opposed).toBe(true);
    // A subject with its verb left out still claims the state.
    expect(compare(DIFFERENT, "terminal 1 connected to the positive battery terminal").opposed).toBe(true);
  });

  it("reads a closed path as said of the clause's subject: another thing not in it reverses nothing", () => {
    const card = { question: "Why does bulb A stay on when switch Y is open?", reference: "Bulb A is still in a closed path with the battery" };
    expect(compare(card, "because switch y is not contained in the closed path of bulb a and the battery").opposed).toBe(false);
    expect(compare(card, "bulb A is out of the closed path").opposed).toBe(true);
    const battery = { question: "Why is the battery not damaged?", reference: "The battery is contained in a closed path which does not contain any other components" };
    expect(compare(battery, "The bulb is not contained in a closed path with the battery.").opposed).toBe(false);
    expect(compare(battery, "The battery is in an open path.").opposed).toBe(true);
  });

  it("reads 'not in the closed path' as denying membership, not the path's closedness", () => {
    const card = { question: "Why does switch Y not affect bulb A?", reference: "Switch Y and bulb A are not in the same closed path" };
    expect(compare(card, "because switch y isn't included in bulb A's closed path").opposed).toBe(false);
    const open = { question: "Why is the battery not damaged?", reference: "the battery is in an open path" };
    expect(compare(open, "Because the battery is out of the closed path completely.")).toEqual({ opposed: false, agreed: true });
    expect(compare(open, "the battery is in a closed path").opposed).toBe(true);
    // "there is a bulb in the closed path" places the bulb: it says nothing of the battery's path.
    expect(compare(open, "there is a bulb in the closed path").opposed).toBe(false);
    // Only the kind of place: "not in the same path" still says apart.
    expect(compare({ question: "Why?", reference: "A and C are not in the same path" }, "A and C are in the same path").opposed).toBe(true);
  });

  it("still scores a denied membership of the claim's own subject as wrong", () => {
    const r = scoreAnswer({ question: "Why does bulb A stay on?", reference: "Bulb A is still in a closed path with the battery", answer: "bulb A is not in a closed path with the battery" });
    expect(r.verdict).not.toBe("correct");
    expect(r.score).toBeLessThan(40);
  });
});
