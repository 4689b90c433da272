// The Lessons pages' data layer on the real course: counts, per-user
// progress (never another user's), retired chapters and questions hidden,
// and the body JSON validated rather than trusted.
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check-content";
import { importContent } from "@/lib/content/import-content";
import { readContentFiles } from "@/lib/content/read-content-files";
import { getLesson } from "@/lib/lessons/get-lesson";
import { getLessonsWithProgress } from "@/lib/lessons/get-lessons";
import { describeDb, useTestDb } from "../support/test-db";
import { makeUser } from "../support/seed";

const CONTENT = path.resolve(import.meta.dirname, "../../content");
const now = new Date("2026-03-10T12:00:00Z");
const past = new Date("2026-03-09T12:00:00Z");
const future = new Date("2026-03-20T12:00:00Z");
const ONE = "01-containers-and-images";
const clock = (id: string) => ({ id, timezone: "UTC", dayStartHour: 4 });

describeDb("lessons data", () => {
  const t = useTestDb();
  const users = { ada: "", bob: "" };
  const signUp = async (email: string) => (await makeUser(t.db, { email })).id;
  const cardsIn = (userId: string, slug: string) =>
    t.db.card.findMany({ where: { userId, question: { lesson: { slug } } }, orderBy: { newOrder: "asc" } });
  const review = (id: string, data: { due: Date; suspended?: boolean; buriedUntil?: Date }) =>
    t.db.card.update({ where: { id }, data: { state: 2, reps: 1, ...data } });

  beforeAll(async () => {
    const r = checkContent(await readContentFiles([CONTENT]));
    await importContent(t.db, r.lessons);
    users.ada = await signUp("ada@example.com");
    users.bob = await signUp("bob@example.com");
    const [a1, a2, a3, a4] = await cardsIn(users.ada, ONE);
    await review(a1!.id, { due: past });
    await review(a2!.id, { due: future });
    await review(a3!.id, { due: past, suspended: true });
    await review(a4!.id, { due: past, buriedUntil: future });
    // Bob's reviews must never show up in Ada's progress.
    for (const c of await cardsIn(users.bob, "02-pods-services-ingress")) await review(c.id, { due: past });
  });

  it("lists live chapters in order with counts and only the user's own progress", async () => {
    const lessons = await getLessonsWithProgress(t.db, clock(users.ada), now);
    expect(lessons.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(lessons[0]).toEqual({
      slug: ONE,
      number: 1,
      title: "Containers and Images",
      tagline: "Pack once, run clean",
      minutes: 18,
      level: "intermediate",
      deck: { id: "course", name: "Kubernetes course", kind: "course" },
      recall: 4,
      interview: 4,
      total: 8,
      reviewed: 4,
      due: 1,
    });
    expect(lessons[1]).toMatchObject({ recall: 5, interview: 4, total: 9, reviewed: 0, due: 0 });
    expect((await getLessonsWithProgress(t.db, clock(users.bob), now))[1]).toMatchObject({ reviewed: 9, due: 9 });
  });

  it("leaves out retired questions and retired chapters", async () => {
    const [first] = await cardsIn(users.ada, ONE);
    await t.db.question.update({ where: { id: first!.questionId }, data: { retired: true } });
    await t.db.card.updateMany({ where: { questionId: first!.questionId }, data: { retired: true } });
    await t.db.lesson.update({ where: { slug: "08-autoscaling" }, data: { retired: true } });

    const lessons = await getLessonsWithProgress(t.db, clock(users.ada), now);
    expect(lessons.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(lessons[0]).toMatchObject({ recall: 3, total: 7, reviewed: 3, due: 0 });
    expect(await getLesson(t.db, "08-autoscaling", users.ada)).toBeNull();
    expect((await getLesson(t.db, ONE, users.ada))?.questions).toHaveLength(7);
  });

  it("loads a chapter with its validated body, questions in order and the next chapter", async () => {
    const l = await getLesson(t.db, "02-pods-services-ingress", users.ada);
    expect(l).toMatchObject({
      number: 2,
      title: "Pods, Services, and Ingress",
      next: { slug: "03-config-and-secrets", number: 3 },
    });
    expect(l!.body.sections[0]).toMatchObject({ slug: "pods-the-smallest-thing-kubernetes-schedules" });
    expect(l!.body.sections[0]!.blocks.find((b) => b.kind === "diagram")).toMatchObject({ caption: "pod anatomy" });
    expect(l!.questions.map((q) => q.kind)).toEqual([...Array(5).fill("recall"), ...Array(4).fill("interview")]);
    expect(l!.questions[5]!.wrongAnswer).toBeTruthy();
    // Chapter 8 is retired above, so 7 has nowhere to go.
    expect((await getLesson(t.db, "07-observability", users.ada))?.next).toBeNull();
    expect(await getLesson(t.db, "no-such-chapter", users.ada)).toBeNull();
  });

  it("refuses a body that does not match the chapter schema", async () => {
    await t.db.lesson.update({
      where: { slug: "03-config-and-secrets" },
      data: { body: JSON.stringify({ sections: "nope" }) },
    });
    await expect(getLesson(t.db, "03-config-and-secrets", users.ada)).rejects.toThrow(/re-import/);
  });
});
