// A source uploaded as a file, read as the analyst would paste it: plain text and Markdown as
// they are, HTML as the text a reader sees (scripts and styles dropped, blocks on lines of their own).
const ACCEPTED = /\.(?:txt|md|markdown|html?)$/i;
export const SOURCE_FILE_TYPES = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc
    .querySelectorAll('script, style, noscript, template, nav, header, footer, aside')
    .forEach((node) => node.remove());
  doc
    .querySelectorAll('p, div, li, h1, h2, h3, h4, h5, h6, blockquote, br, tr, figcaption')
    .forEach((node) => node.append('\n\n'));
  return (doc.body.textContent ?? '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The file's text, or an error to show next to the field. */
export async function readSourceFile(file: File): Promise<{ text: string } | { error: string }> {
  if (!ACCEPTED.test(file.name)) return { error: 'must be a .txt, .md or .html file' };
  if (file.size > 2 * 1024 * 1024) return { error: 'is larger than 2 MB' };
  const raw = await file.text();
  return { text: /\.html?$/i.test(file.name) ? htmlToText(raw) : raw.replace(/\r\n?/g, '\n').trim() };
}
