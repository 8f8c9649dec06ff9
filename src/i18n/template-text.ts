/**
 * Finds text typed directly in the template part of an .astro file (outside `{…}` expressions), which
 * would escape translation. A heuristic, not a parser: the frontmatter, `<style>` and `<script>` blocks,
 * HTML comments and the inside of tags are skipped; character entities (`&nbsp;`) are ignored; a text node
 * is reported when it still has three letters in a row.
 */
export interface TemplateText {
  /** 1-based line of the text's first letter. */
  line: number;
  /** The text, trimmed. */
  text: string;
}

/** Blanks out a range of the source, keeping its newlines so line numbers stay right. */
const blank = (source: string, pattern: RegExp) => source.replace(pattern, (match) => match.replace(/[^\n]/g, ' '));

/** Visible text nodes typed outside expressions in an .astro file's template. */
export function templateText(source: string): TemplateText[] {
  let template = source;
  const frontmatter = /^\s*---\n[\s\S]*?\n---/.exec(template);
  if (frontmatter) template = blank(frontmatter[0], /[\s\S]+/) + template.slice(frontmatter[0].length);
  template = blank(template, /<!--[\s\S]*?-->/g);
  template = blank(template, /<(style|script)\b[^>]*>[\s\S]*?<\/\1>/gi);

  const found: TemplateText[] = [];
  let text = '';
  let textStart = 0;
  const flush = (end: number) => {
    const cleaned = text.replace(/&[#\w]+;/g, ' ');
    if (/\p{L}{3,}/u.test(cleaned)) {
      const offset = textStart + text.search(/\S/);
      found.push({ line: template.slice(0, offset).split('\n').length, text: text.trim().replace(/\s+/g, ' ') });
    }
    text = '';
    textStart = end;
  };
  for (let i = 0; i < template.length; i++) {
    const c = template[i] as string;
    if (c === '{') {
      flush(i);
      i = skipExpression(template, i) - 1;
      textStart = i + 1;
      continue;
    }
    if (c === '<' && /[A-Za-z/!]/.test(template[i + 1] ?? '')) {
      flush(i);
      i = skipTag(template, i);
      textStart = i + 1;
      continue;
    }
    if (text === '') textStart = i;
    text += c;
  }
  flush(template.length);
  return found;
}

/** Index just after the `}` that closes the expression opening at `start`, skipping strings inside it. */
function skipExpression(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === "'" || c === '`') {
      i = skipString(source, i);
      continue;
    }
    if (c === '{') depth++;
    if (c === '}' && --depth === 0) return i + 1;
  }
  return source.length;
}

/** Index of the closing quote of the string opening at `start`. */
function skipString(source: string, start: number): number {
  const quote = source[start];
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === quote) return i;
  }
  return source.length;
}

/** Index of the `>` that closes the tag opening at `start`; attribute values and expressions may hold `>`. */
function skipTag(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === "'") i = skipString(source, i);
    else if (c === '{') i = skipExpression(source, i) - 1;
    else if (c === '>') return i;
  }
  return source.length;
}
