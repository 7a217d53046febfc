import { describe, expect, it } from 'vitest';
import { markdownBlock, markdownInline } from '@/lib/markdown';

describe('the API reference’s Markdown', () => {
  it('renders paragraphs, lists, emphasis and code, with code wrapping only at its reader’s places', () => {
    expect(markdownBlock('Errors:\n\n- `400`: a **bad** field')).toBe(
      '<p>Errors:</p>\n<ul>\n<li><code>400</code>: a <strong>bad</strong> field</li>\n</ul>\n',
    );
    expect(markdownInline('see `/api/events.csv`')).toBe('see <code>/<wbr>api/<wbr>events.<wbr>csv</code>');
  });

  it('escapes raw HTML and refuses script links, so a description cannot inject markup', () => {
    expect(markdownInline('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(markdownInline('[x](javascript:alert(1))')).not.toContain('href="javascript:');
    expect(markdownInline('`<b>`')).toBe('<code>&lt;b&gt;</code>');
  });
});
