/**
 * The glossary's own content, checked as authors write it: the minimum number of entries per instrument,
 * the tools the paper names, valid entries and guides.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { comparisonGuideSchema, cooperationGuideSchema } from '#src/schemas/glossary-guides.ts';
import { glossaryTermSchema } from '#src/schemas/glossary.ts';
import { glossaryIdsOnDisk } from './term-plugin.ts';

const root = process.cwd();
const frontmatter = (file: string): unknown =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '');
const ids = glossaryIdsOnDisk();
const entries = ids.map((id) => ({
  id,
  data: glossaryTermSchema.parse(frontmatter(join(root, 'content/glossary', `${id}.md`))),
}));
const count = (instrument: string) => entries.filter((e) => e.data.instrument === instrument).length;

describe('glossary entries', () => {
  test('meet the minimum count for each instrument', () => {
    expect(count('som-protocol')).toBeGreaterThanOrEqual(30);
    expect(count('model-law')).toBeGreaterThanOrEqual(10);
    expect(count('untoc')).toBeGreaterThanOrEqual(30);
    expect(count('tip-protocol')).toBeGreaterThanOrEqual(8);
    expect(count('unodc-tools')).toBeGreaterThanOrEqual(4);
  });

  test('include the tools and bodies the paper and its recommendations name', () => {
    for (const id of [
      'unodc-tools/sherloc',
      'unodc-tools/cna-directory',
      'unodc-tools/mla-request-writer-tool',
      'unodc-tools/ccpcj',
      'untoc/conference-of-the-parties',
      'untoc/working-group-on-smuggling-of-migrants',
      'untoc/review-mechanism',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  test('each give a provision and at least one official source address, and sit in the folder of their instrument', () => {
    for (const entry of entries) {
      expect(entry.data.provision.length, entry.id).toBeGreaterThan(0);
      expect(entry.data.sources.length, entry.id).toBeGreaterThan(0);
      expect(
        entry.data.sources.every((s) => /^https?:\/\//.test(s.url)),
        entry.id,
      ).toBe(true);
      expect(entry.id.startsWith(`${entry.data.instrument}/`), entry.id).toBe(true);
    }
  });

  test('each link at least one official address on un.org or unodc.org, not only secondary copies', () => {
    const official = (url: string) => /(^|\.)(un|unodc)\.org$/.test(new URL(url).hostname);
    const without = entries.filter((e) => !e.data.sources.some((s) => official(s.url))).map((e) => e.id);
    expect(without).toEqual([]);
  });

  test('link the English version of a page, never the Arabic, Chinese, French, Russian or Spanish one', () => {
    const otherLanguage = (url: string) => {
      const { pathname, searchParams } = new URL(url);
      const lang = searchParams.get('lang') ?? searchParams.get('lng');
      return (
        pathname.split('/').some((part) => ['ar', 'ru', 'zh', 'fr', 'es'].includes(part)) ||
        (lang !== null && lang !== 'en')
      );
    };
    const guides = ['smuggling-or-trafficking', 'cooperation-tools'].map((id) => ({
      id: `guide ${id}`,
      sources: (
        parse(readFileSync(join(root, 'content/glossary-guides', `${id}.yaml`), 'utf8')) as {
          sources: { url: string }[];
        }
      ).sources,
    }));
    const found = [...entries.map((e) => ({ id: e.id, sources: e.data.sources })), ...guides].flatMap((e) =>
      e.sources.filter((s) => otherLanguage(s.url)).map((s) => `${e.id}: ${s.url}`),
    );
    expect(found).toEqual([]);
  });

  test('mark as checked against an authentic text only wording read there: primary, with a stated force, in the same instrument', () => {
    const instrumentOf = { 'untoc-en': 'untoc', 'tip-en': 'tip-protocol', 'som-en': 'som-protocol' } as const;
    for (const entry of entries.filter((e) => e.data.verifiedAgainst)) {
      expect(entry.data.confidence, entry.id).toBe('primary');
      expect(entry.data.obligation, entry.id).not.toBe('not-checked');
      expect(entry.data.instrument, entry.id).toBe(instrumentOf[entry.data.verifiedAgainst!]);
    }
  });

  test('say what is missing wherever a provision is left unchecked', () => {
    for (const entry of entries.filter((e) => e.data.obligation === 'not-checked')) {
      expect(entry.data.obligationNote, entry.id).toMatch(/not been checked|not checked/);
    }
  });

  test('carry the abbreviations readers search for', () => {
    const aliases = new Map(entries.map((e) => [e.id, e.data.aliases]));
    expect(aliases.get('untoc/mutual-legal-assistance')).toContain('MLA');
    expect(aliases.get('untoc/joint-investigations')).toContain('JIT');
    expect(aliases.get('som-protocol/smuggling-of-migrants')).toContain('SOM');
  });
});

describe('glossary guides', () => {
  const comparison = comparisonGuideSchema.parse(
    parse(readFileSync(join(root, 'content/glossary-guides/smuggling-or-trafficking.yaml'), 'utf8')),
  );
  const cooperation = cooperationGuideSchema.parse(
    parse(readFileSync(join(root, 'content/glossary-guides/cooperation-tools.yaml'), 'utf8')),
  );

  test('compare consent, exploitation, border crossing and profit, each side citing its own Protocol', () => {
    expect(comparison.rows.map((r) => r.id)).toEqual(
      expect.arrayContaining(['consent', 'exploitation', 'border-crossing', 'profit']),
    );
    for (const row of comparison.rows) {
      expect(
        row.smuggling.cites.every((c) => c.term.startsWith('som-protocol/')),
        row.id,
      ).toBe(true);
      expect(
        row.trafficking.cites.every((c) => c.term.startsWith('tip-protocol/')),
        row.id,
      ).toBe(true);
    }
    expect(comparison.turning.steps.length).toBeGreaterThan(1);
  });

  test('match a tool to a need for every cooperation recommendation, B1 to B5', () => {
    const served = new Set(cooperation.needs.flatMap((n) => n.recommendations));
    for (const id of ['B1', 'B2', 'B3', 'B4', 'B5']) expect(served, id).toContain(id);
    const main = new Map(cooperation.needs.map((n) => [n.id, n.tools[0]?.term]));
    expect(main.get('evidence-abroad')).toBe('untoc/mutual-legal-assistance');
    expect(main.get('cross-border-case')).toBe('untoc/joint-investigations');
    expect(main.get('fugitive')).toBe('untoc/extradition');
  });

  test('cite only glossary entries that exist', () => {
    const cited = [
      ...comparison.rows.flatMap((r) => [...r.smuggling.cites, ...r.trafficking.cites]),
      ...comparison.turning.steps.flatMap((s) => s.cites),
      ...cooperation.needs.flatMap((n) => n.tools),
    ].map((c) => c.term);
    expect(cited.filter((id) => !ids.includes(id))).toEqual([]);
  });

  test('reject a row that cites no provision, saying what is expected', () => {
    const result = comparisonGuideSchema.safeParse({
      ...comparison,
      rows: [
        {
          id: 'consent',
          aspect: 'Consent',
          smuggling: { text: 'x', cites: [] },
          trafficking: { text: 'y', cites: [{ term: 'tip-protocol/consent' }] },
        },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'rows.0.smuggling.cites: expected at least one cited provision',
    ]);
  });
});
