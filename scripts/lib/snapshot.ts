import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Folder of the committed chart snapshots. */
export const SNAPSHOT_DIR = join(process.cwd(), 'tests/snapshots/charts');

/**
 * Normalises an SVG so a snapshot compares what a reader sees, not incidental output: numbers rounded
 * to two decimals, ids renumbered in order of appearance (with their references), one element per line.
 */
export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  for (const match of svg.matchAll(/\sid="([^"]+)"/g)) {
    const id = match[1] ?? '';
    if (!ids.has(id)) ids.set(id, `id-${ids.size + 1}`);
  }
  let out = svg.replace(/-?\d+\.\d+/g, (n) => {
    const rounded = Math.round(Number(n) * 100) / 100;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
  for (const [id, next] of ids) {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(\\sid="|url\\(#|href="#)${escaped}(?=[")])`, 'g'), `$1${next}`);
  }
  return `${out.replace(/></g, '>\n<')}\n`;
}

/** Result of comparing an SVG with its committed snapshot. */
export interface SnapshotResult {
  status: 'match' | 'written' | 'missing' | 'changed';
  /** Path of the snapshot (or, when changed, of the `-changed.svg` file written next to it). */
  path: string;
}

/**
 * Compares an SVG with `tests/snapshots/charts/<name>.svg` after normalising both. A mismatch writes
 * `<name>-changed.svg` next to the snapshot for a visual diff. A missing snapshot is written, except under
 * `CI=true`, where it is reported as missing (a CI run must never create its own reference).
 */
export function compareSnapshot(
  name: string,
  svg: string,
  options: { dir?: string; ci?: boolean } = {},
): SnapshotResult {
  const dir = options.dir ?? SNAPSHOT_DIR;
  const ci = options.ci ?? process.env.CI === 'true';
  const path = join(dir, `${name}.svg`);
  const changed = join(dir, `${name}-changed.svg`);
  const actual = normaliseSvg(svg);
  if (!existsSync(path)) {
    if (ci) return { status: 'missing', path };
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return { status: 'written', path };
  }
  if (readFileSync(path, 'utf8') === actual) {
    rmSync(changed, { force: true });
    return { status: 'match', path };
  }
  writeFileSync(changed, actual);
  return { status: 'changed', path: changed };
}
