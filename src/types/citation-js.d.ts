/** Minimal types for the parts of citation-js the tests use to read exported citations back (the packages ship none). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    /** The entries as CSL-JSON objects. */
    data: Record<string, unknown>[];
    format(format: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string;
    format(format: 'bibtex' | 'ris' | 'data', options?: { format: 'text' | 'object' }): string | object;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
