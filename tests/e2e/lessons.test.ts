import { expect, it } from "vitest";
import { describeBrowser, signUp, uniqueEmail, useBrowser } from "./support/browser";

const ONE = "/lessons/01-containers-and-images";

describeBrowser("lessons in the browser", () => {
  const b = useBrowser();

  it("lists chapters with counts and progress, and opens one with diagrams, folded answers and the drill link", async () => {
    const page = await b.newPage();
    await signUp(page, uniqueEmail("lessons"));
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Lessons" }).click();
    await page.waitForURL("**/lessons");

    const title = page.getByRole("link", { name: "Containers and Images", exact: true });
    const card = page.getByRole("listitem").filter({ has: title });
    await card.getByText("4 recall · 4 Q&A").waitFor();
    await card.getByText("0 of 8 cards reviewed").waitFor();
    expect(await page.getByRole("link", { name: "Autoscaling", exact: true }).count()).toBe(1);

    await title.click();
    await page.waitForURL(`**${ONE}`);
    await page.getByRole("heading", { level: 1, name: "Containers and Images" }).waitFor();
    const diagram = page.locator("pre.diagram").first();
    await diagram.waitFor();
    expect(await diagram.textContent()).toContain("┌────────────┐");
    expect(await diagram.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe("pre");

    // Interview answer: hidden until asked for, then the model answer and the wrong one to avoid.
    const interview = page
      .getByRole("listitem")
      .filter({ hasText: "Why do containers exist when VMs already isolate workloads?" });
    const wrong = interview.getByText("Because containers are newer and therefore better.");
    expect(await wrong.isVisible()).toBe(false);
    await interview.getByText("Show model answer").click();
    await wrong.waitFor();
    await interview.getByText("Common wrong answer to avoid:").waitFor();

    // Recall answer: the passage, and a link back to the section it came from.
    const recall = page.getByRole("listitem").filter({ hasText: "Why are tags weaker identities than image digests?" });
    await recall.getByText("Show model answer").click();
    await recall.getByText("From the lesson").waitFor();
    const source = recall.getByRole("link", { name: "Registries, tags, and pull behavior" });
    expect(await source.getAttribute("href")).toBe("#registries-tags-and-pull-behavior");

    const drill = page.getByRole("link", { name: /Drill this chapter/ }).first();
    await drill.waitFor();
    expect(await drill.getAttribute("href")).toBe("/review?lesson=01-containers-and-images");
    expect(
      await page.getByRole("link", { name: /Next: Chapter 02 · Pods, Services, and Ingress/ }).getAttribute("href"),
    ).toBe("/lessons/02-pods-services-ingress");
  });

  it("deep-links to a section and shows Not found for an unknown chapter", async () => {
    const page = await b.newPage();
    await signUp(page, uniqueEmail("lessons-404"));
    await page.goto(`${ONE}#registries-tags-and-pull-behavior`);
    const heading = page.locator("h2#registries-tags-and-pull-behavior");
    await heading.waitFor();
    expect(await heading.textContent()).toBe("Registries, tags, and pull behavior");
    // The status is 200: (app)/loading.tsx streams the shell before the page can call notFound().
    await page.goto("/lessons/99-no-such-chapter");
    await page.getByRole("heading", { name: "Not found" }).waitFor();
    expect(await page.locator(`meta[name="robots"]`).first().getAttribute("content")).toContain("noindex");
  });
});
