// Markdown for the API reference's prose (the OpenAPI document's descriptions), by markdown-it on
// the server. Raw HTML in the text is escaped, not passed through (html: false), and markdown-it
// refuses javascript:, vbscript: and data: links, so a description can never inject markup or script.
import MarkdownIt from 'markdown-it';
import { codeBreaks } from './code-breaks';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

// Code wraps only at its reader's places (lib/code-breaks), as the reference's own code does.
markdown.renderer.rules.code_inline = (tokens, index) =>
  `<code>${codeBreaks(tokens[index].content).map(markdown.utils.escapeHtml).join('<wbr>')}</code>`;

/** Paragraphs, lists and inline marks as HTML. */
export function markdownBlock(text: string): string {
  return markdown.render(text);
}

/** Inline marks only (code, emphasis, links), for text that sits in a sentence or a table cell. */
export function markdownInline(text: string): string {
  return markdown.renderInline(text);
}
