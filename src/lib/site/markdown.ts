import { markdownToHtml } from 'satteri';

/**
 * Renders a short Markdown passage from dataset metadata (paragraphs, emphasis, links, lists) to HTML.
 * Raw HTML in the text is shown as text, and links may only go to http(s) or mailto addresses, so
 * metadata can never inject markup or script into a page.
 */
export function renderMarkdown(markdown: string): string {
  const escaped = markdown.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const { html } = markdownToHtml(escaped);
  return html.replace(/<a href="(?!https?:|mailto:)[^"]*"/g, '<a');
}
