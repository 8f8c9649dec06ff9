import ts from 'typescript';

/** A string literal in source code that reads like English prose. */
export interface SentenceLiteral {
  /** 1-based line of the literal. */
  line: number;
  /** The literal's text (for a template, its fixed parts joined by `…`). */
  text: string;
}

/** Whether a text, markup left out, has a space and at least three words of two or more letters. */
export const isSentence = (text: string): boolean => {
  const words = text.replace(/<[^>]*>/g, ' ').trim();
  return /\s/.test(words) && (words.match(/\p{L}{2,}/gu) ?? []).length >= 3;
};

/**
 * String and template literals in a TypeScript module that read like English prose, except the arguments of
 * `t(…)` (keys) and of `new Error(…)` (messages for developers, not readers).
 */
export function sentenceLiterals(source: string, fileName = 'module.ts'): SentenceLiteral[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: SentenceLiteral[] = [];
  const exempt = (node: ts.Node): boolean => {
    for (let parent = node.parent; parent; parent = parent.parent) {
      if (ts.isCallExpression(parent) && ts.isIdentifier(parent.expression) && parent.expression.text === 't')
        return true;
      if (ts.isNewExpression(parent) && ts.isIdentifier(parent.expression) && parent.expression.text === 'Error')
        return true;
      if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return true;
    }
    return false;
  };
  const visit = (node: ts.Node) => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node))
      text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('…');
    if (text !== undefined && isSentence(text) && !exempt(node)) {
      found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text });
    }
    if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
    else node.templateSpans.forEach((span) => visit(span.expression));
  };
  visit(file);
  return found;
}
