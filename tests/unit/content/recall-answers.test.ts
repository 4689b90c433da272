import { describe, expect, it } from "vitest";
import { createPassageFinder } from "@/lib/content/find-answer-passage";
import { parseChapter } from "@/lib/content/parse-chapter";
import { isFillerSentence, splitSentences } from "@/lib/content/split-sentences";
import type { TSection } from "@/lib/content/types";
import { MINI_RENDERED, SEED_FILE, seedBytes, seedMarkdown } from "./helpers";

const seed = parseChapter(seedBytes(), SEED_FILE).chapter!;

describe("lesson passages for the seed's recall questions", () => {
  it("picks these sentences", () => {
    expect(seed.recall.map(({ prompt, answer, answerSource, sectionSlug }) => ({ prompt, answer, answerSource, sectionSlug }))).toEqual([
      {
        prompt: "Why is an image not the same thing as a running container?",
        answer: "An image is a read-only recipe, not a running process.",
        answerSource: "lesson",
        sectionSlug: "how-images-and-layers-actually-work",
      },
      {
        prompt: "Why does layer order change both build speed and image size?",
        answer: "Good layer order speeds rebuilds and shrinks network transfer time.",
        answerSource: "lesson",
        sectionSlug: "how-images-and-layers-actually-work",
      },
      {
        prompt: "Why are tags weaker identities than image digests?",
        answer: "Tags are convenient labels, but digests are the real identity.",
        answerSource: "lesson",
        sectionSlug: "registries-tags-and-pull-behavior",
      },
      {
        prompt: "Which runtime details usually fail first under orchestration?",
        answer: "Runtime defaults become production incidents when nobody tests them.",
        // Only "runtime" of the question is in it: the card says "from the lesson, roughly" (the overlay in content/ answers it).
        answerSource: "lesson-rough",
        sectionSlug: "runtime-details-that-surprise-teams",
      },
    ]);
  });

  it("never answers from diagrams, filler or the special sections", () => {
    const find = createPassageFinder(seed.sections);
    expect(find("Which portable runtime?")?.text).not.toMatch(/portable/); // "portable" is only in a diagram legend
    expect(find("portable")).toBeNull();
    expect(find("Flipkart Swiggy Kubeflow fintech")).toBeNull(); // only in "in the wild"
    expect(find("compilers attack surface")).toBeNull(); // only in the interview answers
    expect(find("Now watch. See.")).toBeNull();
  });
});

describe("passage rule", () => {
  const section = (text: string, slug = "s"): TSection => ({ heading: "Heading", slug, line: 1, blocks: [{ kind: "paragraph", text }] });

  it("puts the previous sentence first when the best one points back", () => {
    const find = createPassageFinder([
      section("Gateways terminate TLS at the edge. This keeps certificates out of every app. Routers forward requests."),
      section("Unrelated words about boats and harbours fill this section.", "t"),
    ]);
    expect(find("Why keep certificates out of apps?")?.sentences).toEqual([
      "Gateways terminate TLS at the edge.",
      "This keeps certificates out of every app.",
    ]);
  });

  it("adds a neighbour that covers a question term the best sentence lacks", () => {
    const find = createPassageFinder([
      section("A failing readiness probe removes the Pod from endpoints. A failing liveness probe restarts the container. Quotas limit namespaces."),
      section("Other text about storage classes and disks.", "t"),
      section("More text about node pools.", "u"),
    ]);
    expect(find("What happens when a readiness probe fails, compared with a liveness probe?")?.text).toBe(
      "A failing readiness probe removes the Pod from endpoints. A failing liveness probe restarts the container.",
    );
  });

  it("prefers a defining sentence for 'What is X?'", () => {
    const find = createPassageFinder([
      section("Page on fast error budget burn, not on CPU. An error budget is the failure the SLO allows over a window. Alerts need owners."),
      section("Storage text.", "t"),
      section("Network text.", "u"),
    ]);
    expect(find("What is an error budget?")?.sentences).toEqual(["An error budget is the failure the SLO allows over a window."]);
  });

  it("splits sentences without breaking versions or abbreviations, and knows filler", () => {
    expect(splitSentences("Use v1.2 of the tool, e.g. the CLI. It works! Does it? “Yes.” Fine.")).toEqual([
      "Use v1.2 of the tool, e.g. the CLI.",
      "It works!",
      "Does it?",
      "“Yes.”",
      "Fine.",
    ]);
    expect(["See.", "Now watch.", "Simple, no?", "Here we go."].map(isFillerSentence)).toEqual([true, true, true, true]);
    expect(isFillerSentence("Layers reward discipline.")).toBe(false);
  });
});

describe("author answers override the lesson passage", () => {
  it("rendered: an `Answer:` line under the bullet, indented or not", () => {
    const lines = [...MINI_RENDERED];
    lines.splice(7, 1, "- Who operates a crane?", "  Answer: A trained operator with a licence.");
    lines.splice(10, 0, "Answer: Onto the dock.");
    const r = parseChapter(lines.join("\n"), "07-tiny-chapter.txt");
    expect(r.errors).toEqual([]);
    expect(r.chapter!.recall.map(({ prompt, answer, answerSource, sectionSlug }) => ({ prompt, answer, answerSource, sectionSlug }))).toEqual([
      { prompt: "What does a crane lift?", answer: "A crane lifts heavy cargo from the ship onto the dock.", answerSource: "lesson", sectionSlug: "cranes-lift-cargo" },
      { prompt: "Who operates a crane?", answer: "A trained operator with a licence.", answerSource: "author", sectionSlug: null },
      { prompt: "Where does the cargo go?", answer: "Onto the dock.", answerSource: "author", sectionSlug: null },
    ]);
  });

  it("markdown: indented `Answer:` line, nested `- Answer:` bullet, continuation lines", () => {
    const md = seedMarkdown().replace(
      "* Why are tags weaker identities than image digests?\n* Which runtime details usually fail first under orchestration?",
      [
        "* Why are tags weaker identities than image digests?",
        "  Answer: A tag can be moved to another image;",
        "  a digest names exactly one.",
        "* Which runtime details usually fail first under orchestration?",
        "  - **Answer:** PID 1 signal handling and *writable* paths.",
      ].join("\n"),
    );
    const r = parseChapter(md, "content/01-containers-and-images.md");
    expect(r.errors).toEqual([]);
    expect(r.chapter!.recall.map((x) => [x.answerSource, x.answer])).toEqual([
      ["lesson", "An image is a read-only recipe, not a running process."],
      ["lesson", "Good layer order speeds rebuilds and shrinks network transfer time."],
      ["author", "A tag can be moved to another image; a digest names exactly one."],
      ["author", "PID 1 signal handling and writable paths."],
    ]);
    // The answer changes the content hash, not the identity.
    const before = parseChapter(seedMarkdown(), "content/01-containers-and-images.md").chapter!.recall[2]!;
    expect(r.chapter!.recall[2]!.key).toBe(before.key);
    expect(r.chapter!.recall[2]!.contentHash).not.toBe(before.contentHash);
  });
});
