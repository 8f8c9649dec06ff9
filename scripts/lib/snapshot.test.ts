import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { compareSnapshot, normaliseSvg } from './snapshot.ts';

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'snapshots-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const svg =
  '<svg viewBox="0 0 100 50"><clipPath id="plot-clip-7"><rect width="10.123456"/></clipPath><g clip-path="url(#plot-clip-7)"><path d="M0.004,1L2.333333,3"/></g></svg>';

describe('normaliseSvg', () => {
  test('rounds numbers to two decimals and renumbers ids with their references', () => {
    const out = normaliseSvg(svg);
    expect(out).toContain('width="10.12"');
    expect(out).toContain('d="M0,1L2.33,3"');
    expect(out).toContain('id="id-1"');
    expect(out).toContain('url(#id-1)');
    expect(out).not.toContain('plot-clip-7');
  });

  test('ignores differences a reader cannot see: a third decimal or another id number', () => {
    expect(normaliseSvg(svg.replace('2.333333', '2.3349').replaceAll('plot-clip-7', 'plot-clip-9'))).toBe(
      normaliseSvg(svg),
    );
  });
});

describe('compareSnapshot', () => {
  test('writes a missing snapshot outside CI, then matches it', () => {
    const dir = fresh();
    expect(compareSnapshot('chart', svg, { dir, ci: false }).status).toBe('written');
    expect(compareSnapshot('chart', svg, { dir, ci: false }).status).toBe('match');
  });

  test('fails on a missing snapshot under CI instead of creating it', () => {
    const dir = fresh();
    expect(compareSnapshot('chart', svg, { dir, ci: true }).status).toBe('missing');
    expect(existsSync(join(dir, 'chart.svg'))).toBe(false);
  });

  test('writes <name>-changed.svg next to a snapshot that no longer matches, and removes it once it matches again', () => {
    const dir = fresh();
    compareSnapshot('chart', svg, { dir, ci: false });
    const result = compareSnapshot('chart', svg.replace('2.333333', '9'), { dir, ci: true });
    expect(result.status).toBe('changed');
    expect(readFileSync(join(dir, 'chart-changed.svg'), 'utf8')).toContain('L9,3');
    expect(compareSnapshot('chart', svg, { dir, ci: true }).status).toBe('match');
    expect(existsSync(join(dir, 'chart-changed.svg'))).toBe(false);
  });
});
