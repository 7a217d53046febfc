/** How many of a party's or a person's newest claims their page shows before linking to the rest. */
export const SAID_PREVIEW_SIZE = 5;
/** Claims per page of the full list of what a party or a person said. */
export const SAID_PAGE_SIZE = 20;
