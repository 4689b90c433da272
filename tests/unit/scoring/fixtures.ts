/** The seed chapter's interview cards used across the scoring tests. */
export const DIGESTS = {
  question: "Why should production deployments prefer digests over mutable tags?",
  reference:
    "Digests point to one exact artifact, so rollback and debugging stay trustworthy. Mutable tags can silently move underneath you and break audit trails.",
  wrongAnswer: "Tags are enough if the team is disciplined.",
};

export const STATE = {
  question: "Why should images avoid writing state into their own filesystem?",
  reference:
    "Pods can disappear anytime, so local writes vanish unless storage is attached. State belongs in external systems or explicit persistent volumes.",
  wrongAnswer: "Because containers are read-only by default.",
};

export const CONTAINERS = {
  question: "Why do containers exist when VMs already isolate workloads?",
  reference:
    "Containers package application dependencies in a portable unit that starts fast and behaves consistently. VMs isolate harder, but they are heavier and slower for routine app packaging.",
  wrongAnswer: "Because containers are newer and therefore better.",
};

export const MULTI_STAGE = {
  question: "Why are multi-stage builds so useful?",
  reference:
    "They keep compilers, test tools, and temporary artifacts out of production images. That shrinks attack surface and often cuts image pull time as well.",
  wrongAnswer: "They are only for making Dockerfiles look advanced.",
};
