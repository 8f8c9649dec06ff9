import { unzipSync, zipSync, type Zippable } from 'fflate';
import { handoutPdfPath, type Lang, reportPdfPath } from '#src/lib/site/routes.ts';

/**
 * The trainer's pack: one deterministic ZIP per language. Entries keep the order they are given in and
 * every entry has the same time (the edition's date at noon local time, as the data packs do), so the
 * same files give the same bytes. This module imports nothing that needs Astro, so the build script can
 * call it after `astro build` to add files that only exist then (the PDFs).
 */

/** One file of the pack: its name inside the ZIP (folders with `/`) and its bytes. */
export interface PackFile {
  name: string;
  bytes: Uint8Array;
}

/** The edition's date at noon local time: ZIP entries store local time, so every time zone writes the same bytes. */
function zipTime(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12, 0, 0);
}

/** The pack as ZIP bytes: files in the given order, fixed times. Throws on two files with one name. */
export function packZip(files: readonly PackFile[], date: string): Uint8Array {
  const mtime = zipTime(date);
  const entries: Zippable = {};
  for (const file of files) {
    if (file.name in entries) throw new Error(`The trainer's pack would hold two files named ${file.name}`);
    // PNG, PPTX, PDF and ZIP are compressed already: stored as they are.
    entries[file.name] = [file.bytes, { mtime, level: /\.(png|pptx|pdf|zip)$/.test(file.name) ? 0 : 6 }];
  }
  return zipSync(entries, { mtime });
}

/** The files of a pack, in order. */
export function packEntries(zip: Uint8Array): PackFile[] {
  return Object.entries(unzipSync(zip)).map(([name, bytes]) => ({ name, bytes }));
}

/**
 * Files the pack takes when they exist, and only then: the report and the handout as PDF, built after the
 * site itself. `sitePath` is where the build publishes each one; `name` is its place in the pack.
 */
export const optionalPackFiles = (lang: Lang): { name: string; sitePath: string }[] => [
  { name: `report/${reportPdfPath(lang).split('/').pop() ?? ''}`, sitePath: reportPdfPath(lang) },
  { name: `handout/${handoutPdfPath(lang).split('/').pop() ?? ''}`, sitePath: handoutPdfPath(lang) },
];

/**
 * The pack with `extra` files added at the front (the PDFs first, then what it held), same date. A file
 * already in the pack under the same name is replaced.
 */
export function addToPack(zip: Uint8Array, extra: readonly PackFile[], date: string): Uint8Array {
  const names = new Set(extra.map((f) => f.name));
  return packZip([...extra, ...packEntries(zip).filter((f) => !names.has(f.name))], date);
}
