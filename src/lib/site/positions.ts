/** A problem found in an input file, with its position (1-based line and column). */
export interface SourceIssue {
  /** Path of the file, relative to the project (or the folder being checked). */
  file: string;
  line: number;
  column: number;
  /** What was expected and what was found. */
  message: string;
}

/** Formats an issue as `file:line:column message`, the form editors and terminals link to. */
export function formatIssue(issue: SourceIssue): string {
  return `${issue.file}:${issue.line}:${issue.column} ${issue.message}`;
}

/** Maps character offsets in a text to 1-based line and column numbers. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
    }
  }

  /** Line and column (both 1-based) of the character at `offset`. */
  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }
}
