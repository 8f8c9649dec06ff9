/** The web edition's version and date, shown in the footer and in every citation. */
export const edition = {
  /** Semantic version of the web edition's text. */
  version: '1.0.0',
  /** Date of this edition (YYYY-MM-DD). */
  date: '2026-11-28',
} as const;
