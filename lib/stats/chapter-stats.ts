// Per chapter: cards seen of total, mean recall probability now over the seen
// cards, lapses, and the common wrong answer people gave most often. Pure.

export type TChapterCard = { lessonId: string; state: number; lapses: number; retrievability: number | null };
export type TWrongAnswerCount = { lessonId: string; wrongAnswer: string; prompt: string; count: number };
export type TChapterRow = {
  lessonId: string;
  number: number;
  title: string;
  seen: number;
  total: number;
  meanRecall: number | null;
  lapses: number;
  topWrong: { wrongAnswer: string; prompt: string; count: number } | null;
};

export function chapterStats(
  lessons: readonly { id: string; number: number; title: string }[],
  cards: readonly TChapterCard[],
  wrong: readonly TWrongAnswerCount[],
): TChapterRow[] {
  const acc = new Map(lessons.map((l) => [l.id, { seen: 0, total: 0, rSum: 0, rN: 0, lapses: 0 }]));
  for (const c of cards) {
    const a = acc.get(c.lessonId);
    if (!a) continue;
    a.total++;
    a.lapses += c.lapses;
    if (c.state !== 0) a.seen++;
    if (c.retrievability !== null) {
      a.rSum += c.retrievability;
      a.rN++;
    }
  }
  const top = new Map<string, TWrongAnswerCount>();
  for (const w of wrong) {
    const t = top.get(w.lessonId);
    if (!t || w.count > t.count) top.set(w.lessonId, w);
  }
  return [...lessons]
    .sort((a, b) => a.number - b.number)
    .map((l) => {
      const a = acc.get(l.id)!;
      const t = top.get(l.id);
      return {
        lessonId: l.id,
        number: l.number,
        title: l.title,
        seen: a.seen,
        total: a.total,
        meanRecall: a.rN ? a.rSum / a.rN : null,
        lapses: a.lapses,
        topWrong: t ? { wrongAnswer: t.wrongAnswer, prompt: t.prompt, count: t.count } : null,
      };
    });
}
