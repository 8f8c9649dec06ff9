/**
 * Filtering and sorting of a dataset's rows for the full table. Runs in the table's Web Worker, so a
 * large table is filtered and sorted off the page's main thread; only the rows drawn are sent back.
 */

/** What the reader asked for. */
export interface ViewRequest {
  /** Text to find in any column, case-insensitive; empty shows every row. */
  needle: string;
  /** Column to sort by, or -1 for the file's order. */
  sortIndex: number;
  descending: boolean;
  /** Most rows to return. */
  limit: number;
}

/** The rows to draw and how many rows match in all. */
export interface View {
  rows: string[][];
  matched: number;
}

/** Rows with what filtering and sorting need, computed once. */
export class TableRows {
  readonly rows: string[][];
  private readonly numeric: boolean[];
  private searchText: string[] | undefined;
  private readonly collator = new Intl.Collator('en');

  /** @param numeric per column, whether it sorts as numbers */
  constructor(rows: string[][], numeric: boolean[]) {
    this.rows = rows;
    this.numeric = numeric;
  }

  get total(): number {
    return this.rows.length;
  }

  /** Per column, whether any value is longer than `length` characters. */
  longColumns(columns: number, length: number): boolean[] {
    return Array.from({ length: columns }, (_, i) => this.rows.some((row) => (row[i] ?? '').length > length));
  }

  view({ needle, sortIndex, descending, limit }: ViewRequest): View {
    const query = needle.trim().toLowerCase();
    let indexes: number[];
    if (query) {
      // One lower-cased string per row; the separator cannot be typed, so a match never spans two cells.
      this.searchText ??= this.rows.map((row) => row.join('\u0000').toLowerCase());
      indexes = [];
      this.searchText.forEach((text, i) => {
        if (text.includes(query)) indexes.push(i);
      });
    } else {
      indexes = this.rows.map((_, i) => i);
    }
    if (sortIndex >= 0) indexes = this.sorted(indexes, sortIndex, descending);
    return { rows: indexes.slice(0, limit).map((i) => this.rows[i] ?? []), matched: indexes.length };
  }

  /** Sorted by one column; gaps (empty cells) go last whichever the direction; ties keep the file's order. */
  private sorted(indexes: number[], column: number, descending: boolean): number[] {
    const values = this.rows.map((row) => row[column] ?? '');
    const direction = descending ? -1 : 1;
    if (this.numeric[column]) {
      const numbers = Float64Array.from(values, (v) => (v === '' ? NaN : Number(v)));
      return indexes.sort((a, b) => {
        const x = numbers[a] ?? NaN;
        const y = numbers[b] ?? NaN;
        if (Number.isNaN(x) || Number.isNaN(y))
          return Number.isNaN(x) === Number.isNaN(y) ? a - b : Number.isNaN(x) ? 1 : -1;
        return (x - y) * direction || a - b;
      });
    }
    return indexes.sort((a, b) => {
      const x = values[a] ?? '';
      const y = values[b] ?? '';
      if (x === '' || y === '') return x === y ? a - b : x === '' ? 1 : -1;
      return this.collator.compare(x, y) * direction || a - b;
    });
  }
}
