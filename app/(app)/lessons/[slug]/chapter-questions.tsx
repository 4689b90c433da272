import type { TLessonPage } from "@/lib/lessons/get-lesson";
import { DrillLink } from "./drill-link";
import { InterviewAnswer, QuestionList, RecallAnswer } from "./question-list";

export function ChapterQuestions({ lesson }: { lesson: TLessonPage }) {
  const headings = new Map(lesson.body.sections.map((s) => [s.slug, s.heading]));
  const recall = lesson.questions.filter((q) => q.kind === "recall");
  const interview = lesson.questions.filter((q) => q.kind === "interview");
  return (
    <>
      <QuestionList
        id="pause-and-recall"
        title="Pause and recall"
        questions={recall}
        answer={(q) => <RecallAnswer q={q} headings={headings} />}
      />
      <QuestionList
        id="interview-qa"
        title="Interview Q&A"
        questions={interview}
        answer={(q) => <InterviewAnswer q={q} />}
      />
      {lesson.questions.length ? (
        <div className="rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
          <p className="mb-3">Ready? Answer these from memory, spaced out over the coming days.</p>
          <DrillLink slug={lesson.slug} count={lesson.questions.length} />
        </div>
      ) : null}
    </>
  );
}
