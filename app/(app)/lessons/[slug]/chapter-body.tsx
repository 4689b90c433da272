// The reading part of a chapter. Section headings carry the section slug as
// their id: recall answers and /lessons/<slug>#<section> links land on them.
import type { TLessonBody } from "@/lib/lessons/get-lesson";
import { ChapterBlocks } from "./chapter-blocks";

const H2 = "scroll-mt-4 text-xl font-semibold";

export function ChapterBody({ body }: { body: TLessonBody }) {
  return (
    <>
      {body.sections.length > 1 ? (
        <nav aria-label="In this chapter" className="rounded-lg bg-slate-50 p-4 text-sm dark:bg-slate-900">
          <p className="font-semibold">In this chapter</p>
          <ol className="mt-2 list-decimal space-y-1 pl-5">
            {body.sections.map((s) => (
              <li key={s.slug}>
                <a
                  href={`#${s.slug}`}
                  className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300"
                >
                  {s.heading}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      {body.intro.length ? (
        <div className="space-y-4">
          <ChapterBlocks blocks={body.intro} />
        </div>
      ) : null}
      {body.sections.map((s) => (
        <section key={s.slug} aria-labelledby={s.slug} className="space-y-4">
          <h2 id={s.slug} className={H2}>
            {s.heading}
          </h2>
          <ChapterBlocks blocks={s.blocks} />
        </section>
      ))}
      {body.inTheWild.length ? (
        <section aria-labelledby="where-this-lives-in-the-wild" className="space-y-3">
          <h2 id="where-this-lives-in-the-wild" className={H2}>
            Where this lives in the wild
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {body.inTheWild.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {body.applyNow ? (
        <section aria-labelledby="apply-now" className="space-y-3 rounded-lg border border-brand-500/40 p-4">
          <h2 id="apply-now" className={H2}>
            Apply now{body.applyNow.minutes ? ` (${body.applyNow.minutes} min)` : ""}
          </h2>
          <p className="leading-relaxed">{body.applyNow.text}</p>
        </section>
      ) : null}
    </>
  );
}
