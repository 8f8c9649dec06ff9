import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { sha256 } from '#src/lib/data/checksum.ts';
import { checkDataFolder } from '#src/lib/data/folder.ts';
import { formatBytes, t } from '#src/i18n/index.ts';
import { withLanguage } from '#src/i18n/language.ts';
import { downloadPath } from '#src/lib/site/routes.ts';
import { versionsNewestFirst } from '#src/lib/data/versions.ts';
import { builtSite } from './support/site.ts';

const dist = builtSite();
const { datasets } = checkDataFolder(join(process.cwd(), 'data'));
const versions = datasets.flatMap((d) =>
  d.versions.map((v) => ({ dataset: d, version: v, id: d.meta.id, v: v.version })),
);
const latestOf = (id: string) => versionsNewestFirst(datasets.find((d) => d.meta.id === id)?.versions ?? [])[0];
const file = (path: string) => readFileSync(join(dist, path));
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const versionedNames = (id: string, v: string) => [
  `${id}-${v}.csv`,
  `${id}-${v}-excel.csv`,
  `${id}-${v}.xlsx`,
  `${id}-${v}.json`,
  'datapackage.json',
  `${id}-${v}.zip`,
];

interface Descriptor {
  profile: string;
  name: string;
  version: string;
  licenses: { name: string; path: string }[];
  resources: {
    name: string;
    path: string;
    profile: string;
    bytes: number;
    hash: string;
    schema?: { fields: { name: string; type: string }[]; primaryKey: string[] };
  }[];
}

describe('downloads of every released version', () => {
  test.each(versions.map((x) => [`${x.id} ${x.v}`, x] as const))(
    '%s: every format exists at its immutable address, with the size its page shows',
    (_, { id, v, version }) => {
      const page = parseHTML(file(`data/${id}/${v}/index.html`).toString('utf8')).document;
      for (const name of versionedNames(id, v)) {
        const path = `data/${id}/${v}/${name}`;
        expect(existsSync(join(dist, path)), path).toBe(true);
        const link = page.querySelector(`.download-list a[href$="/${path}"]`);
        expect(link, `link to ${path}`).not.toBeNull();
        const shown = link?.parentElement?.querySelector('.download-meta')?.textContent ?? '';
        expect(shown, path).toContain(formatBytes(statSync(join(dist, path)).size));
        if (name !== 'datapackage.json') expect(shown, path).toContain(`${version.rows.toLocaleString('en')} rows`);
      }
    },
  );

  test.each(versions.map((x) => [`${x.id} ${x.v}`, x] as const))(
    '%s: the CSV is the released file byte for byte; the Excel CSV, JSON and data pack hold the same rows',
    (_, { dataset, id, v, version }) => {
      const csv = file(`data/${id}/${v}/${id}-${v}.csv`);
      expect(sha256(csv)).toBe(version.sha256);
      expect(
        file(`data/${id}/${v}/${id}-${v}-excel.csv`).equals(
          Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv.toString('utf8').replaceAll('\n', '\r\n'))]),
        ),
      ).toBe(true);
      const json = JSON.parse(file(`data/${id}/${v}/${id}-${v}.json`).toString('utf8')) as Record<string, unknown>[];
      expect(json).toHaveLength(version.rows);
      expect(Object.keys(json[0] ?? {})).toEqual(dataset.meta.fields.map((f) => f.name));
      expect(json).toEqual(
        version.data.map((row) => Object.fromEntries(dataset.meta.fields.map((f) => [f.name, row[f.name] ?? null]))),
      );
    },
  );

  test.each(versions.map((x) => [`${x.id} ${x.v}`, x] as const))(
    '%s: the ZIP data pack unpacks, and every member matches SHA256SUMS and datapackage.json',
    (_, { dataset, id, v, version }) => {
      const members = unzipSync(file(`data/${id}/${v}/${id}-${v}.zip`));
      const folder = `${id}-${v}/`;
      const names = Object.keys(members).map((n) => n.replace(folder, ''));
      expect(names.sort()).toEqual(
        [
          'CITATION.cff',
          'LICENSE.txt',
          'README.md',
          'SHA256SUMS',
          ...versionedNames(id, v).filter((n) => !n.endsWith('.zip')),
        ].sort(),
      );
      // SHA256SUMS covers every other member.
      const sums = strFromU8(members[`${folder}SHA256SUMS`] ?? new Uint8Array())
        .trim()
        .split('\n');
      expect(sums.map((l) => l.split('  ')[1]).sort()).toEqual(names.filter((n) => n !== 'SHA256SUMS').sort());
      for (const line of sums) {
        const [hash, name] = line.split('  ');
        expect(sha256(members[`${folder}${name}`] ?? new Uint8Array()), name).toBe(hash);
      }
      // datapackage.json gives the bytes and hash of each data file, and the released CSV's checksum.
      const descriptor = JSON.parse(strFromU8(members[`${folder}datapackage.json`] ?? new Uint8Array())) as Descriptor;
      for (const resource of descriptor.resources) {
        const bytes = members[`${folder}${resource.path}`];
        expect(bytes, resource.path).toBeDefined();
        expect(resource.bytes).toBe(bytes?.byteLength);
        expect(resource.hash).toBe(`sha256:${sha256(bytes ?? new Uint8Array())}`);
      }
      expect(descriptor.resources[0]?.hash).toBe(`sha256:${version.sha256}`);
      // The pack's files are the published files.
      expect(sha256(members[`${folder}${id}-${v}.xlsx`] ?? new Uint8Array())).toBe(
        sha256(file(`data/${id}/${v}/${id}-${v}.xlsx`)),
      );
      expect(decode(members[`${folder}datapackage.json`] ?? new Uint8Array())).toBe(
        file(`data/${id}/${v}/datapackage.json`).toString('utf8'),
      );
      const readme = decode(members[`${folder}README.md`] ?? new Uint8Array());
      for (const caveat of dataset.meta.caveats) expect(readme).toContain(`- ${caveat}`);
      expect(readme).toContain(`Version ${v}, released ${version.date}. ${version.rows} rows.`);
      expect(decode(members[`${folder}CITATION.cff`] ?? new Uint8Array())).toMatch(/^cff-version: "1\.2\.0"\n/);
    },
  );

  test('also unpack with the system unzip, which lists every member', () => {
    const listing = execFileSync(
      'unzip',
      ['-l', join(dist, 'data/irregular-border-crossings/1.1.0/irregular-border-crossings-1.1.0.zip')],
      { encoding: 'utf8' },
    );
    expect(listing).toContain('irregular-border-crossings-1.1.0/irregular-border-crossings-1.1.0.xlsx');
    expect(listing).toMatch(/\s9 files\n/);
    execFileSync('unzip', ['-tq', join(dist, 'data/all-latest.zip')]);
  });

  test.each(versions.map((x) => [`${x.id} ${x.v}`, x] as const))(
    '%s: datapackage.json has what the Data Package specification requires, and a Table Schema matching the dictionary',
    (_, { dataset, id, v }) => {
      const descriptor = JSON.parse(file(`data/${id}/${v}/datapackage.json`).toString('utf8')) as Descriptor;
      expect(descriptor.profile).toBe('data-package');
      expect(descriptor.name).toMatch(/^[a-z0-9._/-]+$/);
      expect(descriptor.version).toBe(v);
      expect(descriptor.licenses[0]?.name).toBe(dataset.meta.licence.id);
      expect(descriptor.resources.length).toBeGreaterThan(0);
      for (const resource of descriptor.resources) {
        expect(resource.name).toMatch(/^[a-z0-9._/-]+$/);
        expect(typeof resource.path).toBe('string');
        // Paths are relative to the descriptor: each resolves to a published file next to it.
        expect(existsSync(join(dist, 'data', id, v, resource.path)), resource.path).toBe(true);
      }
      const table = descriptor.resources[0];
      expect(table?.profile).toBe('tabular-data-resource');
      expect(table?.schema?.fields.map((f) => f.name)).toEqual(dataset.meta.fields.map((f) => f.name));
      expect(table?.schema?.primaryKey).toEqual(dataset.meta.primaryKey);
    },
  );
});

describe('the XLSX workbook, read back by an independent reader (openpyxl)', () => {
  test('has the data, read-me, dictionary and sources sheets, the header, typed numbers and gaps', () => {
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
data = wb["Data"]
rows = list(data.iter_rows(values_only=True))
about = {r[0]: r[1] for r in wb["Read me"].iter_rows(min_row=2, values_only=True) if r[0]}
print(json.dumps({"sheets": wb.sheetnames, "header": list(rows[0]), "count": len(rows) - 1,
  "cm2016": [r for r in rows if r[0] == 2016 and r[1] == "Central Mediterranean"][0][2],
  "wa2021": [r for r in rows if r[0] == 2021 and r[1] == "Western African"][0][2],
  "dictionary": [r[0] for r in wb["Dictionary"].iter_rows(min_row=2, values_only=True)],
  "sources": len(list(wb["Sources"].iter_rows(min_row=2))), "version": about.get("Version"), "warning": about.get("Read first")}))
`;
    const out = execFileSync(
      '/usr/bin/python3',
      ['-c', script, join(dist, 'data/irregular-border-crossings/1.1.0/irregular-border-crossings-1.1.0.xlsx')],
      { encoding: 'utf8' },
    );
    const read = JSON.parse(out) as Record<string, unknown>;
    const dataset = datasets.find((d) => d.meta.id === 'irregular-border-crossings');
    expect(read).toEqual({
      sheets: ['Data', 'Read me', 'Dictionary', 'Sources'],
      header: dataset?.meta.fields.map((f) => f.name),
      count: 36,
      cm2016: 181376,
      wa2021: null,
      dictionary: dataset?.meta.fields.map((f) => f.name),
      sources: dataset?.meta.sources.length,
      version: '1.1.0',
      warning:
        'Irregular-migration data is not migrant-smuggling data: these figures cannot show how many people were smuggled, by whom, or whether anyone was prosecuted.',
    });
  });
});

describe('stable latest addresses and site-wide files', () => {
  test.each(datasets.map((d) => d.meta.id))(
    '%s: the latest folder serves the same bytes as the latest version',
    (id) => {
      const latest = latestOf(id)?.version ?? '';
      for (const [stable, versioned] of [
        [`${id}.csv`, `${id}-${latest}.csv`],
        [`${id}-excel.csv`, `${id}-${latest}-excel.csv`],
        [`${id}.xlsx`, `${id}-${latest}.xlsx`],
        [`${id}.json`, `${id}-${latest}.json`],
        [`${id}.zip`, `${id}-${latest}.zip`],
      ]) {
        expect(sha256(file(`data/${id}/latest/${stable}`)), stable).toBe(
          sha256(file(`data/${id}/${latest}/${versioned}`)),
        );
      }
      const descriptor = JSON.parse(file(`data/${id}/latest/datapackage.json`).toString('utf8')) as Descriptor;
      for (const resource of descriptor.resources)
        expect(existsSync(join(dist, 'data', id, 'latest', resource.path)), resource.path).toBe(true);
    },
  );

  test('catalog.json lists every dataset and version, and every address it gives is published with the listed size and checksum', () => {
    const catalog = JSON.parse(file('data/catalog.json').toString('utf8')) as {
      allLatest: { url: string; bytes: number; sha256: string };
      datasets: {
        id: string;
        latestVersion: string;
        versions: { version: string; downloads: { url: string; bytes: number; sha256: string }[] }[];
        latest: { url: string; bytes: number; sha256: string }[];
      }[];
    };
    expect(catalog.datasets.map((d) => d.id)).toEqual(datasets.map((d) => d.meta.id));
    const local = (address: string) => new URL(address).pathname.replace(/^\//, '');
    for (const entry of catalog.datasets) {
      expect(entry.latestVersion).toBe(latestOf(entry.id)?.version);
      expect(entry.versions.map((v) => v.version).sort()).toEqual(
        datasets
          .find((d) => d.meta.id === entry.id)
          ?.versions.map((v) => v.version)
          .sort(),
      );
      for (const download of [...entry.versions.flatMap((v) => v.downloads), ...entry.latest]) {
        const bytes = file(local(download.url));
        expect(bytes.byteLength, download.url).toBe(download.bytes);
        expect(sha256(bytes), download.url).toBe(download.sha256);
      }
    }
    const all = file(local(catalog.allLatest.url));
    expect([all.byteLength, sha256(all)]).toEqual([catalog.allLatest.bytes, catalog.allLatest.sha256]);
  });

  test('all-latest.zip holds the data pack of the latest version of every dataset, with checksums for every file', () => {
    const members = unzipSync(file('data/all-latest.zip'));
    for (const d of datasets) {
      const v = latestOf(d.meta.id)?.version ?? '';
      expect(
        sha256(members[`som-links-data/${d.meta.id}-${v}/${d.meta.id}-${v}.csv`] ?? new Uint8Array()),
        d.meta.id,
      ).toBe(latestOf(d.meta.id)?.sha256);
    }
    const sums = strFromU8(members['som-links-data/SHA256SUMS'] ?? new Uint8Array())
      .trim()
      .split('\n');
    expect(sums).toHaveLength(Object.keys(members).length - 1);
    for (const line of sums) {
      const [hash, name] = line.split('  ');
      expect(sha256(members[`som-links-data/${name}`] ?? new Uint8Array()), name).toBe(hash);
    }
  });
});

describe.each(['fr', 'ar'] as const)('the downloads of the %s edition', (lang) => {
  const tr = (key: Parameters<typeof t>[0]) => withLanguage(lang, () => t(key));

  test('serve every released CSV and the CSV for Excel byte for byte as in English, with the same column names', () => {
    for (const { id, v } of versions) {
      for (const kind of ['csv', 'excel-csv'] as const) {
        const own = file(downloadPath(id, { version: v }, kind, lang));
        expect(sha256(own), `${lang} ${id} ${v} ${kind}`).toBe(
          sha256(file(downloadPath(id, { version: v }, kind, 'en'))),
        );
      }
      expect(sha256(file(downloadPath(id, 'latest', 'csv', lang))), `${lang} ${id} latest`).toBe(
        sha256(file(downloadPath(id, 'latest', 'csv', 'en'))),
      );
    }
  });

  test('the data pack holds the released CSV and a README with the dictionary in the language', () => {
    const { id, v } = versions[0] ?? { id: '', v: '' };
    const members = unzipSync(new Uint8Array(file(downloadPath(id, { version: v }, 'zip', lang))));
    const english = unzipSync(new Uint8Array(file(downloadPath(id, { version: v }, 'zip', 'en'))));
    expect(members[`${id}-${v}/${id}-${v}.csv`]).toEqual(english[`${id}-${v}/${id}-${v}.csv`]);
    const readme = strFromU8(members[`${id}-${v}/README.md`] ?? new Uint8Array());
    expect(readme).toContain(`## ${tr('data.caveats')}`);
    expect(readme).toContain(`## ${tr('data.dictionary.heading')}`);
    expect(readme).toContain(tr('data.dictionary.column'));
    expect(readme).not.toContain('## What you should know');
    expect(readme).not.toBe(strFromU8(english[`${id}-${v}/README.md`] ?? new Uint8Array()));
  });

  test('the XLSX names its sheets in the language and keeps the column names of the CSV', () => {
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
print(json.dumps({"sheets": wb.sheetnames, "header": list(next(wb.worksheets[0].iter_rows(values_only=True)))}))
`;
    const path = downloadPath('irregular-border-crossings', { version: '1.1.0' }, 'xlsx', lang);
    const read = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', script, join(dist, path)], { encoding: 'utf8' }),
    ) as {
      sheets: string[];
      header: string[];
    };
    const dataset = datasets.find((d) => d.meta.id === 'irregular-border-crossings');
    expect(read).toEqual({
      sheets: [
        tr('data.xlsx.dataSheet'),
        tr('data.xlsx.aboutSheet'),
        tr('data.xlsx.dictionarySheet'),
        tr('data.xlsx.sourcesSheet'),
      ],
      header: dataset?.meta.fields.map((f) => f.name),
    });
    expect(read.sheets).not.toContain('Read me');
  });
});
