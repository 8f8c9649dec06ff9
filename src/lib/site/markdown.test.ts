import { describe, expect, test } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  test('renders paragraphs, bold and links', () => {
    expect(renderMarkdown('Detections, **not** people. See [Frontex](https://frontex.europa.eu/).\n\nSecond.')).toBe(
      '<p>Detections, <strong>not</strong> people. See <a href="https://frontex.europa.eu/">Frontex</a>.</p>\n<p>Second.</p>\n',
    );
  });

  test('shows raw HTML as text and drops links that are not web or mail addresses', () => {
    const html = renderMarkdown('A <script>alert(1)</script> & <b onmouseover="x">b</b> [x](javascript:alert(1))');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<b |href="javascript/);
  });
});
