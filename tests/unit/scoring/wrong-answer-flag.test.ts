import { describe, expect, it } from "vitest";
import { scoreAnswer } from "@/lib/scoring/score-answer";
import { DIGESTS, MULTI_STAGE, STATE } from "./fixtures";

/** Chapter 05's and 02's cards (content/), whose wrong answers reuse the model answer's words. */
const REQUESTS = {
  question: "What is the difference between requests and limits?",
  reference:
    "Requests are what the scheduler reserves and uses for placement, while limits are runtime ceilings enforced by the kernel. Going over the CPU limit causes throttling, and going over the memory limit gets the container OOM-killed.",
  wrongAnswer: "Requests are the minimum and limits are the maximum, so the scheduler uses limits to place Pods.",
};
const PROMETHEUS = {
  question: "Prometheus memory use suddenly explodes. What is the likely cause?",
  reference:
    "Almost always a cardinality blow-up: a new label with unbounded values, such as user IDs or raw URLs, creates millions of series. Find the top series by metric name, then drop or relabel the offending label at scrape time.",
  wrongAnswer: "The scrape interval is too short, so raise it from 15 seconds to a minute.",
};
const ROLLOUT = {
  question: "How do you get a zero-downtime rolling update?",
  reference:
    "Give Pods a readiness probe so new ones get traffic only when ready, and set maxUnavailable so serving capacity never drops below what you need. Handle SIGTERM gracefully, often with a short preStop sleep, so in-flight requests finish while the Pod leaves the endpoints.",
  wrongAnswer: "Run enough replicas and Kubernetes guarantees zero downtime automatically.",
};
const PROBES = {
  question: "What is the difference between a liveness probe and a readiness probe?",
  reference:
    "A failing readiness probe takes the Pod out of Service endpoints so it stops getting traffic, without restarting it. A failing liveness probe makes the kubelet restart the container, so it should only detect a process that is truly stuck.",
  wrongAnswer: "Readiness restarts the container, and liveness just takes it out of the load balancer.",
};

function flagged(card: { question: string; reference: string; wrongAnswer: string }, answer: string): boolean {
  return scoreAnswer({ ...card, answer }).wrongAnswerMatch;
}

describe("the misconception flag", () => {
  it("still flags when a later 'never' in the clause denies something else", () => {
    // "never" governs "re-push them", not "tags are fine" nor "the team".
    expect(flagged(DIGESTS, "honestly tags are fine as long as the team is disciplined and never re-pushes them")).toBe(true);
    expect(flagged(DIGESTS, "Tags aren't enough, even for a disciplined team: a tag can move.")).toBe(false);
    // The words just before a negated verb are what it denies: "a minute-long scrape interval won't fix it".
    expect(flagged(PROMETHEUS, "Raising the scrape interval from 15 seconds to a minute won't fix it; a new label with unbounded values makes millions of series.")).toBe(false);
  });

  it("reads 'there's no X' as agreeing with 'zero X'", () => {
    expect(flagged(ROLLOUT, "with enough replicas running, kubernetes makes sure there's no downtime, automatically")).toBe(true);
    expect(flagged(ROLLOUT, "Replicas alone won't do it; Kubernetes doesn't guarantee zero downtime automatically. Use readiness probes, maxUnavailable and graceful SIGTERM handling.")).toBe(false);
  });

  it("does not let one generic word of the wrong answer flag a right answer that covers the model answer", () => {
    // The wrong answer's only word the model answer lacks is "Pods".
    const answer = "The scheduler reserves the requests and places Pods by them; limits are runtime ceilings the kernel enforces, so over the CPU limit you get throttled and over the memory limit OOM-killed.";
    const r = scoreAnswer({ ...REQUESTS, answer });
    expect(r.wrongAnswerMatch).toBe(false);
    expect(r.verdict).toBe("correct");
    expect(flagged(REQUESTS, REQUESTS.wrongAnswer)).toBe(true);
    expect(flagged(REQUESTS, "i think the scheduler checks the limits to place pods, requests are just the minimum")).toBe(true);
  });

  it("does not flag the wrong answer's roles given back the right way round", () => {
    expect(flagged(PROBES, "Liveness failing restarts the container; readiness failing just takes it out of the load balancer.")).toBe(false);
    expect(flagged(PROBES, "im pretty sure readiness restarts the container and liveness only takes it out of the load balancer")).toBe(true);
  });

  it("reads 'more than X' as rejecting a wrong answer that says 'only X'", () => {
    const answer = "They are more than a trick to make a Dockerfile look advanced: the compilers stay in the build stage and only the artifact reaches the production image.";
    expect(flagged(MULTI_STAGE, answer)).toBe(false);
    expect(flagged(MULTI_STAGE, "they're only there to make the Dockerfile look advanced, nothing more")).toBe(true);
  });

  it("reads 'X? No, …' as rejecting X, but not '…? not sure'", () => {
    expect(flagged(STATE, "Read-only by default? No: containers can write, the writes just vanish with the Pod, so keep state in a volume.")).toBe(false);
    expect(flagged(STATE, "because containers are read-only by default? not sure")).toBe(true);
  });

  it("keeps a negated verb's subject denied however long it is", () => {
    const grpc = {
      question: "Your gRPC service has five replicas, but one Pod takes almost all the load. Why?",
      reference:
        "kube-proxy balances per connection, and gRPC multiplexes many requests over one long-lived HTTP/2 connection, so each client sticks to one Pod. Fix it with client-side balancing against a headless Service, or an L7 proxy or mesh that balances per request.",
      wrongAnswer: "The Service must have session affinity turned on; disabling it will spread the requests.",
    };
    expect(flagged(grpc, "Turning session affinity off changes nothing here; kube-proxy balances per connection and gRPC multiplexes over one HTTP/2 connection.")).toBe(false);
  });

  it("flags an answer that contradicts the model answer the way the wrong answer does, in other words", () => {
    // The wrong answer swaps the two probes' roles with the model answer's own words, so no word of its own can
    // show it; the same swap in other words ("kills the container and starts a new one", "stops getting requests") is that misconception.
    const swapped = "When readiness fails the kubelet kills the container and starts a new one; when liveness fails the Pod just stops getting requests.";
    expect(flagged(PROBES, swapped)).toBe(true);
    expect(scoreAnswer({ ...PROBES, answer: swapped }).verdict).toBe("common-wrong-answer");
    // The same words the right way round, and a denial of a model-answer clause that the wrong answer does not make.
    expect(flagged(PROBES, "When liveness fails the kubelet kills the container and starts a new one; when readiness fails the Pod just stops getting requests.")).toBe(false);
    expect(flagged(PROBES, "A failing readiness probe doesn't take the Pod out of the Service endpoints, it keeps getting traffic.")).toBe(false);
  });

  it("flags the wrong answer's 'yes' against the model answer's 'Usually not' in other words, not a hedged right answer", () => {
    const cpu = {
      question: "Should you page someone on high CPU?",
      reference:
        "Usually not, because high CPU is a cause that often hurts no user, and it breeds noisy alerts that people learn to ignore. Page on symptoms such as error-budget burn rate or latency SLO breaches, and keep CPU for dashboards and capacity planning.",
      wrongAnswer: "Yes, page at 80% CPU so you catch problems before users do.",
    };
    expect(flagged(cpu, "Yes, wake someone up when the processors run hot so it gets fixed early.")).toBe(true);
    expect(flagged(cpu, "I'd guess yes, it's an early warning.")).toBe(true);
    expect(flagged(cpu, "Yes, but only if the high CPU is hurting users; normally page on symptoms like burn rate or latency SLO breaches and keep CPU for dashboards.")).toBe(false);
  });

  it("reads a cue on top of an implicit negation ('doesn't block') as neither asserting nor denying the wrong answer", () => {
    const pending = {
      question: "A Pod is stuck Pending with Insufficient nvidia.com/gpu. What do you check?",
      reference:
        "Check that the device plugin or GPU Operator is running on the GPU nodes and that kubectl describe node shows allocatable nvidia.com/gpu. Then check whether other Pods already hold every GPU, because GPUs are not shared unless MIG or time-slicing is configured.",
      wrongAnswer: "The GPU is at 100% utilization, so wait until usage drops and the Pod will fit.",
    };
    expect(flagged(pending, "GPU utilization doesn't block scheduling, allocation does.")).toBe(false);
    expect(flagged(pending, "The GPU is at 100% utilization, wait until usage drops.")).toBe(true);
  });
});
