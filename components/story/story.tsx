// "The story so far" at the top of the unfiltered timeline: a few lines per section, each going on
// into the timeline. Rendered on the server from the page's read; the gate hides it once the
// reader filters (the filters change the URL without rendering the page again).
import type { StoryDTO } from '@/db/queries/story';
import Link from 'next/link';
import { StoryGate } from './story-gate';
import { storySections } from './story-sections';

export function Story({ story }: { story: StoryDTO }) {
  const sections = storySections(story);
  if (sections.length === 0) return null;
  return (
    <StoryGate>
      <section
        aria-labelledby="story-heading"
        className="mt-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
      >
        <h2 id="story-heading" className="text-lg font-semibold tracking-tight">
          The story so far
        </h2>
        <div className="mt-3 grid gap-x-8 gap-y-4 md:grid-cols-2">
          {sections.map((section) => (
            <section key={section.id} aria-labelledby={`story-${section.id}`} data-story-section={section.id}>
              <h3
                id={`story-${section.id}`}
                className="text-sm font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300"
              >
                {section.heading}
              </h3>
              <div className="mt-1 text-sm leading-6">{section.body}</div>
              <p className="mt-1 text-sm">
                <Link
                  href={section.more.href}
                  prefetch={false}
                  className="text-accent-700 underline underline-offset-2 dark:text-accent-300"
                >
                  {section.more.label} →
                </Link>
              </p>
            </section>
          ))}
        </div>
      </section>
    </StoryGate>
  );
}
