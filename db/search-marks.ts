// The private-use characters that wrap matched words in search results. They carry no markup,
// so a highlight can never inject HTML; the UI turns them into <mark> elements. Kept apart from
// the queries so that browser code can import them without the database.
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';
