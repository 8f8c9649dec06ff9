import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { chapterSchema } from './chapter.ts';
import { datasetSchema } from './dataset.ts';
import { glossaryTermSchema, instrumentSchema } from './glossary.ts';
import { recommendationSchema } from './recommendation.ts';

const fixtures = join(process.cwd(), 'tests/fixtures/collections');

/** Reads a fixture's frontmatter (Markdown/MDX) or whole YAML document. */
function readFixture(path: string): unknown {
  const text = readFileSync(join(fixtures, path), 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  return parse(match ? (match[1] ?? '') : text);
}

/** Validates a fixture and returns its problems as `field: message`, the way authors see them. */
function problems(schema: z.ZodType, path: string): string[] {
  const result = schema.safeParse(readFixture(path));
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
}

describe('chapter schema', () => {
  test('accepts a well-formed chapter', () => {
    expect(problems(chapterSchema, 'chapters/valid.mdx')).toEqual([]);
  });

  test('names each wrong field and says what it expected', () => {
    expect(problems(chapterSchema, 'chapters/invalid.mdx')).toEqual([
      'number: expected a whole chapter number such as 3',
      'updated: expected a date written YYYY-MM-DD, received "28/11/2026"',
    ]);
  });
});

describe('recommendation schema', () => {
  test('accepts a well-formed recommendation', () => {
    expect(problems(recommendationSchema, 'recommendations/valid.md')).toEqual([]);
  });

  test('rejects unknown ids, groups and term ids', () => {
    expect(problems(recommendationSchema, 'recommendations/invalid.md')).toEqual([
      'id: expected a recommendation id A1–A6 or B1–B5, received "A7"',
      'group: expected group A or B, received "C"',
      'terms.0: expected a term id like "untoc/mutual-legal-assistance", received "mutual-legal-assistance"',
    ]);
  });
});

describe('glossary term schema', () => {
  test('accepts a well-formed term', () => {
    expect(problems(glossaryTermSchema, 'glossary/untoc/valid.md')).toEqual([]);
  });

  test('requires an article, a known obligation type, a short lead and a source', () => {
    expect(problems(glossaryTermSchema, 'glossary/untoc/invalid.md')).toEqual([
      'provision: expected the exact article or legal basis, received an empty value',
      'obligation: expected one of mandatory, shall-consider, optional, definition, body, tool, practice, not-checked, received "must"',
      'lead: expected at most 60 words, received 70',
      'sources: expected at least one source with a title and a URL',
    ]);
  });
});

describe('instrument schema', () => {
  test('accepts a well-formed instrument', () => {
    expect(problems(instrumentSchema, 'instruments/valid.yaml')).toEqual([]);
  });

  test('names each wrong field', () => {
    expect(problems(instrumentSchema, 'instruments/invalid.yaml')).toEqual([
      'id: expected one of untoc, som-protocol, tip-protocol, model-law, unodc-tools, received "som"',
      'kind: expected treaty, model-law or tools',
      'officialUrl: expected an http(s) URL, received "not a url"',
      '(top level): unexpected "parties": instrument files hold prose only; adoption, entry into force and party and signatory counts are read from the treaty-participation dataset',
    ]);
  });
});

describe('dataset schema', () => {
  test('accepts the published dataset metadata', () => {
    expect(problems(datasetSchema, 'datasets/valid.yaml')).toEqual([]);
  });

  test('requires caveats, known field types and real checksums', () => {
    expect(problems(datasetSchema, 'datasets/invalid.yaml')).toEqual([
      'caveats: expected at least one caveat under "caveats" (what you should know)',
      'fields.2.type: expected one of string, integer, number, date, year, enum, received "float"',
      'versions.0.sha256: expected a sha256 checksum of 64 lowercase hex digits',
    ]);
  });

  test('rejects a primary key that names an undeclared column, and a version listed twice', () => {
    const meta = readFixture('datasets/valid.yaml') as { primaryKey: string[]; versions: unknown[] };
    meta.primaryKey = ['year', 'route_name'];
    meta.versions = [meta.versions[0], meta.versions[0]];
    const result = datasetSchema.safeParse(meta);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'primaryKey.1: expected a declared field name, received "route_name"',
      'versions.1.version: version 1.0.0 is listed twice',
    ]);
  });
});
