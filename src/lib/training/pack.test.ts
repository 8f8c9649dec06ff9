import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strToU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, test } from 'vitest';
import { handoutPdfPath, reportPdfPath, trainersPackPath } from '#src/lib/site/routes.ts';
import { addToPack, optionalPackFiles, packEntries, packZip } from './pack.ts';
import { completePacks, sizeText, writeFileSizes } from './post-build.ts';

const files = [
  { name: 'README.txt', bytes: strToU8('Read me\n') },
  { name: 'figures/a.png', bytes: new Uint8Array([137, 80, 78, 71]) },
];

describe("trainer's pack", () => {
  test('is the same bytes for the same files, entries in order, dated with the edition at noon', () => {
    const zip = packZip(files, '2026-12-03');
    expect(packZip(files, '2026-12-03')).toEqual(zip);
    expect(packZip(files, '2026-12-04')).not.toEqual(zip);
    expect(packEntries(zip).map((f) => f.name)).toEqual(['README.txt', 'figures/a.png']);
  });

  test('refuses two files with one name', () => {
    expect(() => packZip([...files, files[0]!], '2026-12-03')).toThrow('two files named README.txt');
  });

  test('takes the PDFs at the front when they are added, replacing a file of the same name', () => {
    const zip = addToPack(
      packZip(files, '2026-12-03'),
      [
        { name: 'report/r.pdf', bytes: strToU8('%PDF') },
        { name: 'README.txt', bytes: strToU8('New\n') },
      ],
      '2026-12-03',
    );
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual(['report/r.pdf', 'README.txt', 'figures/a.png']);
    expect(new TextDecoder().decode(entries['README.txt'])).toBe('New\n');
  });

  test('looks for the report and handout PDFs at their published addresses', () => {
    expect(optionalPackFiles('en')).toEqual([
      { name: 'report/som-links-report-en.pdf', sitePath: reportPdfPath('en') },
      { name: 'handout/som-links-recommendations-en.pdf', sitePath: handoutPdfPath('en') },
    ]);
  });
});

describe('after the site build', () => {
  const dist = mkdtempSync(join(tmpdir(), 'pack-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const put = (path: string, bytes: Uint8Array | string) => {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), bytes);
  };

  test('the pack takes a PDF that exists and leaves out one that does not', () => {
    put(trainersPackPath('en'), packZip(files, '2026-12-03'));
    put(reportPdfPath('en'), '%PDF-1.7 report');
    const [done] = completePacks(dist, '2026-12-03');
    expect(done?.added).toEqual(['report/som-links-report-en.pdf']);
    const names = Object.keys(unzipSync(new Uint8Array(readFileSync(join(dist, trainersPackPath('en'))))));
    expect(names).toEqual(['report/som-links-report-en.pdf', 'README.txt', 'figures/a.png']);
  });

  test('pages show the size of the file as published', () => {
    put('recommendations/index.html', `<p>(<span data-size-of="${trainersPackPath('en')}">1 KB</span>)</p>`);
    expect(writeFileSizes(dist)).toBe(1);
    const size = readFileSync(join(dist, trainersPackPath('en'))).byteLength;
    expect(readFileSync(join(dist, 'recommendations/index.html'), 'utf8')).toBe(
      `<p>(<span data-size-of="${trainersPackPath('en')}">${sizeText(size)}</span>)</p>`,
    );
  });

  test('a French page shows the size in French', () => {
    put(trainersPackPath('fr'), new Uint8Array(1_234_567));
    put('fr/training/index.html', `<p><span data-size-of="${trainersPackPath('fr')}">?</span></p>`);
    writeFileSizes(dist);
    expect(readFileSync(join(dist, 'fr/training/index.html'), 'utf8').replace(/\s/g, ' ')).toContain('>1,2 Mo<');
  });

  test('a size mark naming a missing file stops the build', () => {
    put('x/index.html', '<span data-size-of="/training/missing.zip">?</span>');
    expect(() => writeFileSizes(dist)).toThrow('data-size-of names /training/missing.zip');
  });
});

test('sizes read as on download links, in the language of the page', () => {
  expect([sizeText(840), sizeText(12_345), sizeText(1_449_999)]).toEqual(['840 B', '12 kB', '1.4 MB']);
  expect(sizeText(1_449_999, 'fr').replace(/\s/g, ' ')).toBe('1,4 Mo');
  expect(sizeText(1_449_999, 'ar')).toMatch(/^1\.4 /);
});
