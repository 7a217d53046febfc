// The site's name in every page title: "Timeline: party Russia · Parley". One place, so the titles
// the browser sets (components/timeline/view-title) match those the server renders.
export const SITE_NAME = 'Parley';
export const TITLE_TEMPLATE = `%s · ${SITE_NAME}`;
