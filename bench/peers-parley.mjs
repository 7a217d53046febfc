// Parley's time axis as a peer of ../shared/bench-peers (a --peers-file), measured on a generated
// archive beside vis-timeline and the others. Serve a production build on the archive first:
//
//   npm run db:archive -- --events 100000 --out /tmp/p100k.db
//   npx next build && PORT=3205 DATABASE_PATH=/tmp/p100k.db PARLEY_SEED=off npm start
//   (in a copy of bench-peers) node run.mjs --peers-file=<this file> --no-builtin --sizes=100000
//
// The size column then labels the archive's size: the axis reads it through /api/events/bins,
// never as a file of events. Two peers: the suite's own 'zoomPan' (3 wheel notches in, a 300 px
// drag, 3 out, ten times, the same work as vis-timeline's), and 'yearsToHours', which zooms
// notch by notch from the whole archive (three years) down to under three hours and back, pausing
// every few notches so that the window's counts are fetched and drawn as a reader would see them.

import path from 'node:path';
import { pathToFileURL } from 'node:url';

const port = process.env.PARLEY_PORT || 3205;
const AXIS = '[data-testid="time-axis"]';
/** A drawn bin or event, once the axis answers the wheel: rendered and hydrated. */
const READY = `${AXIS}[data-zoom-ready] path`;
const NOTCH = -100; // d3-zoom: one notch of 100 px zooms by 2^(100 × 0.002) ≈ 1.15
const THREE_HOURS = 3 * 3_600_000;
const MAX_NOTCHES = 120;

async function shownMs(page) {
  return page
    .locator('figure[data-axis-from]')
    .evaluate((figure) => Date.parse(figure.dataset.axisTo) - Date.parse(figure.dataset.axisFrom));
}

/** Wheel notches at the axis's centre until the window is under three hours, then back out as far. */
async function yearsToHours(page, peer, h) {
  await h.guard(page.locator(AXIS).scrollIntoViewIfNeeded());
  const box = await h.guard(page.locator(AXIS).boundingBox());
  if (!box) throw new Error('the time axis is not on the page');
  await h.guard(page.mouse.move(Math.round(box.x + box.width * 0.62), Math.round(box.y + box.height / 2)));
  const start = await h.guard(shownMs(page));
  let notches = 0;
  h.progress(0, 2);
  while (notches < MAX_NOTCHES && (await h.guard(shownMs(page))) > THREE_HOURS) {
    await h.guard(page.mouse.wheel(0, NOTCH));
    await h.frames(1);
    notches++;
    // Held still long enough for the axis to ask for the window in view (150 ms) and draw the answer.
    if (notches % 10 === 0) await h.guard(page.waitForTimeout(400));
  }
  const deepest = await h.guard(shownMs(page));
  h.progress(1, 2);
  for (let i = 0; i < notches; i++) {
    await h.guard(page.mouse.wheel(0, -NOTCH));
    await h.frames(1);
    if (i % 10 === 9) await h.guard(page.waitForTimeout(400));
  }
  h.progress(2, 2);
  return {
    notches,
    startHours: start / 3_600_000,
    deepestHours: deepest / 3_600_000,
    endHours: (await h.guard(shownMs(page))) / 3_600_000,
  };
}

/** The suite's own interactions: run.mjs is started in the bench-peers folder. */
const { INTERACTIONS } = await import(pathToFileURL(path.resolve('lib/interactions.mjs')).href);

/**
 * The suite's zoomPan on the axis, once it is scrolled into view: the story so far sits above it,
 * and the suite points the mouse at the target's box without scrolling.
 */
async function zoomPanInView(page, peer, h) {
  await h.guard(page.locator(AXIS).scrollIntoViewIfNeeded());
  await h.frames(2);
  return INTERACTIONS.zoomPan(page, peer, h);
}

const common = {
  url: () => `http://127.0.0.1:${port}/`,
  readySelector: READY,
  target: AXIS,
  packages: [],
};

const peers = [
  {
    ...common,
    name: 'parley-axis',
    interaction: zoomPanInView,
    notes: 'Parley time axis, production build, generated archive; suite zoomPan on the axis',
  },
  {
    ...common,
    name: 'parley-axis-years-to-hours',
    interaction: yearsToHours,
    notes:
      'Parley time axis: wheel from the whole archive to under 3 hours and back, ' +
      'a frame per notch, 400 ms pause every 10 notches',
  },
];

export default peers;
