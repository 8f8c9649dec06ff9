import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { TERMS_TO_REVIEW_FILE, termsToReview, termsToReviewJson } from './terms-to-review.ts';

describe('terms to review', () => {
  test(`${TERMS_TO_REVIEW_FILE} lists exactly the translated terms marked S or own (npm run terms-to-review rewrites it)`, () => {
    expect(readFileSync(join(process.cwd(), TERMS_TO_REVIEW_FILE), 'utf8')).toBe(termsToReviewJson());
  });

  test('holds terms in both languages, each S term with the address of its source', () => {
    const list = termsToReview();
    for (const lang of ['fr', 'ar']) {
      expect(list[lang]?.length, lang).toBeGreaterThan(0);
      for (const term of list[lang] ?? []) {
        expect(['S', 'own']).toContain(term.termSource);
        if (term.termSource === 'S') expect(term.termSourceUrl, term.id).toMatch(/^https?:\/\//);
      }
    }
  });

  test('leaves out terms with an official wording (P) and reads the source of each term', () => {
    const root = mkdtempSync(join(tmpdir(), 'terms-to-review-'));
    const write = (path: string, data: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), `---\n${data}\n---\nBody.\n`);
    };
    write('content/glossary/untoc/a.md', 'title: Alpha');
    write('content/glossary/untoc/b.md', 'title: Beta');
    write('content/glossary/untoc/c.md', 'title: Gamma');
    write('content/fr/glossary/untoc/a.md', 'title: "Alpha fr"\ntermSource: P\ntermSourceUrl: "https://example.org/p"');
    write('content/fr/glossary/untoc/b.md', 'title: "Bêta"\ntermSource: S\ntermSourceUrl: "https://example.org/s"');
    write('content/fr/glossary/untoc/c.md', 'title: "Gamma fr"\ntermSource: own');
    write('content/ar/glossary/untoc/a.md', 'title: "ألفا"\ntermSource: own');
    expect(termsToReview(root)).toEqual({
      fr: [
        { id: 'untoc/b', english: 'Beta', title: 'Bêta', termSource: 'S', termSourceUrl: 'https://example.org/s' },
        { id: 'untoc/c', english: 'Gamma', title: 'Gamma fr', termSource: 'own' },
      ],
      ar: [{ id: 'untoc/a', english: 'Alpha', title: 'ألفا', termSource: 'own' }],
    });
  });
});
