'use client';
// Subscribing to the calendar feed of a view: the feed's address to see and copy, and one-click
// subscriptions for calendar apps (webcal://), Google Calendar and Outlook.
import { CopyButton } from './copy-button';
import { useOrigin } from './use-origin';

const link = 'font-medium text-accent-700 underline underline-offset-2 hover:no-underline dark:text-accent-300';

/** `search`: the view's filters as a query string with its "?", or ''. */
export function CalendarSubscribe({ search }: { search: string }) {
  const origin = useOrigin();
  const feed = `${origin}/feeds/events.ics${search}`;
  const webcal = feed.replace(/^https?:/, 'webcal:');
  return (
    <section aria-labelledby="subscribe-heading" className="text-sm">
      <h3 id="subscribe-heading" className="font-semibold">
        Subscribe in a calendar
      </h3>
      <p className="mt-1 text-slate-700 dark:text-slate-300">These events, kept up to date as they change.</p>
      <label
        htmlFor="calendar-feed-address"
        className="mt-2 block text-xs font-medium text-slate-600 dark:text-slate-400"
      >
        Calendar feed address
      </label>
      <div className="mt-1 flex items-center gap-2">
        <input
          id="calendar-feed-address"
          readOnly
          value={feed}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
        />
        <CopyButton text={feed} label="Copy the calendar feed address" what="the address" />
      </div>
      {/* The calendar services need the full address, known once the page runs: until then the links keep their place, unseen. */}
      <ul className={`mt-2 flex flex-wrap gap-x-4 gap-y-1 ${origin ? '' : 'invisible'}`}>
        <li>
          <a href={webcal} className={link}>
            Open in your calendar app
          </a>
        </li>
        <li>
          <a
            href={`https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`}
            className={link}
            rel="noopener"
            target="_blank"
          >
            Add to Google Calendar
          </a>
        </li>
        <li>
          <a
            href={`https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(feed)}&name=${encodeURIComponent('Parley events')}`}
            className={link}
            rel="noopener"
            target="_blank"
          >
            Add to Outlook
          </a>
        </li>
      </ul>
    </section>
  );
}
