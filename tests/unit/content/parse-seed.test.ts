import { describe, expect, it } from "vitest";
import { parseChapter } from "@/lib/content/parse-chapter";
import { ZChapter } from "@/lib/content/types";
import { SEED_FILE, seedBytes } from "./helpers";

const parsed = parseChapter(seedBytes(), SEED_FILE);
const ch = parsed.chapter!;

describe("the seed chapter (rendered text)", () => {
  it("parses cleanly into a valid chapter", () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(ZChapter.parse(ch)).toEqual(ch);
  });

  it("reads the header, time, level and ELI5 callback", () => {
    expect(ch).toMatchObject({
      file: SEED_FILE,
      slug: "01-containers-and-images",
      line: 1,
      number: 1,
      title: "Containers and Images",
      tagline: "Pack once, run clean",
      minutes: 18,
      level: "intermediate",
      eli5: "Think of a busy shipping port. The dock manager must place every container on the right ship. Heavy ML work needs a cargo crane, and port security keeps lanes and permissions clean.",
      intro: [],
    });
  });

  it("has exactly its 4 recall questions", () => {
    expect(ch.recall.map((r) => [r.prompt, r.line])).toEqual([
      ["Why is an image not the same thing as a running container?", 60],
      ["Why does layer order change both build speed and image size?", 61],
      ["Why are tags weaker identities than image digests?", 62],
      ["Which runtime details usually fail first under orchestration?", 63],
    ]);
    expect(ch.recall.every((r) => r.answerSource.startsWith("lesson") && r.key.startsWith("01-containers-and-images:"))).toBe(true);
  });

  it("has exactly its 4 interview pairs, wrong answers without quote marks", () => {
    expect(ch.interview.map(({ question, answer, wrongAnswer, line }) => ({ question, answer, wrongAnswer, line }))).toEqual([
      {
        question: "Why do containers exist when VMs already isolate workloads?",
        answer: "Containers package application dependencies in a portable unit that starts fast and behaves consistently. VMs isolate harder, but they are heavier and slower for routine app packaging.",
        wrongAnswer: "Because containers are newer and therefore better.",
        line: 65,
      },
      {
        question: "Why are multi-stage builds so useful?",
        answer: "They keep compilers, test tools, and temporary artifacts out of production images. That shrinks attack surface and often cuts image pull time as well.",
        wrongAnswer: "They are only for making Dockerfiles look advanced.",
        line: 66,
      },
      {
        question: "Why should production deployments prefer digests over mutable tags?",
        answer: "Digests point to one exact artifact, so rollback and debugging stay trustworthy. Mutable tags can silently move underneath you and break audit trails.",
        wrongAnswer: "Tags are enough if the team is disciplined.",
        line: 67,
      },
      {
        question: "Why should images avoid writing state into their own filesystem?",
        answer: "Pods can disappear anytime, so local writes vanish unless storage is attached. State belongs in external systems or explicit persistent volumes.",
        wrongAnswer: "Because containers are read-only by default.",
        line: 68,
      },
    ]);
  });

  it("extracts the special sections into their own fields", () => {
    expect(ch.inTheWild).toEqual([
      "Flipkart seller services build language-specific base images and scan them in CI.",
      "Swiggy backend teams promote one signed image across staging and production clusters.",
      "ML batch jobs in Kubeflow pull large training images from regional private registries.",
      "Platform groups at fintech companies enforce digest-only deployment for auditability.",
    ]);
    expect(ch.applyNow).toEqual({
      minutes: 5,
      text: "Take one service you know and sketch a tiny Dockerfile for it. Mark which lines should change rarely and which should change often. Circle one place where a secret might accidentally leak into layers. Now rewrite the Dockerfile as a multi-stage build on paper. Finally, decide one immutable tag and one registry promotion rule.",
    });
    expect(ch.bridge).toBe("Goods packed. Now the dock manager must schedule them onto ships.");
    expect(ch.next).toEqual({ number: 2, file: "02-pods-services-ingress.md", line: 71 });
    // None of the special headings survive as ordinary sections.
    expect(ch.sections.map((s) => [s.heading, s.slug, s.line])).toEqual([
      ["Why containers beat snowflake servers", "why-containers-beat-snowflake-servers", 4],
      ["How images and layers actually work", "how-images-and-layers-actually-work", 14],
      ["Registries, tags, and pull behavior", "registries-tags-and-pull-behavior", 24],
      ["Runtime details that surprise teams", "runtime-details-that-surprise-teams", 34],
      ["Image standards for platform teams", "image-standards-for-platform-teams", 44],
    ]);
  });

  it("keeps each section as paragraph, captioned diagram, takeaway; diagrams verbatim", () => {
    expect(ch.sections.map((s) => s.blocks.map((b) => b.kind))).toEqual(Array(5).fill(["paragraph", "diagram", "paragraph"]));
    expect(ch.sections.map((s) => (s.blocks[1]?.kind === "diagram" ? s.blocks[1].caption : null))).toEqual([
      "build flow",
      "layer stack",
      "push and pull",
      "startup path",
      "promotion path",
    ]);
    expect(ch.sections[0]!.blocks[1]).toEqual({
      kind: "diagram",
      caption: "build flow",
      text: [
        "┌────────────┐ ┌────────────┐ ┌────────────┐",
        "│ source │ -> │ image │ -> │ runtime │",
        "└─────┬──────┘ └─────┬──────┘ └─────┬──────┘",
        "│ │ │",
        "v v v",
        "repeatable | portable | fast start",
      ].join("\n"),
    });
    expect(ch.sections[0]!.blocks[2]).toEqual({ kind: "paragraph", text: "Same recipe, different machines." });
    // Every drawing line of the file ends up inside some diagram, untouched.
    const drawn = seedBytes().toString("utf8").split("\n").filter((l) => /[┌│└]/.test(l));
    const kept = ch.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === "diagram" ? b.text.split("\n") : [])));
    expect(kept.filter((l) => /[┌│└]/.test(l))).toEqual(drawn);
  });

  it("is deterministic", () => {
    expect(parseChapter(seedBytes(), SEED_FILE)).toEqual(parsed);
  });
});
