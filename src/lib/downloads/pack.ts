import { readFileSync } from 'node:fs';
import { currentLang } from '#src/i18n/language.ts';
import { t } from '#src/i18n/index.ts';
import type { DatasetMeta } from '#src/schemas/dataset.ts';
import { sha256 } from '#src/lib/data/checksum.ts';
import type { LoadedDataset, LoadedVersion } from '#src/lib/data/folder.ts';
import { citationsForFile, datasetCitationTarget } from '#src/lib/cite/dataset.ts';
import {
  absoluteUrl,
  downloadFileName,
  type DownloadKind,
  downloadPath,
  type Slot,
  versionPath,
} from '#src/lib/site/routes.ts';
import { buildCitationCff, buildDatapackage } from './datapackage.ts';
import {
  allowedValues,
  csvForExcel,
  type DownloadFile,
  mediaTypes,
  type PackedData,
  type PublishContext,
  requiredLabel,
  rowsJson,
  utf8,
  zipFiles,
} from './formats.ts';
import { buildXlsx } from './xlsx.ts';

/** Escapes a Markdown table cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

/** README.md of a data pack: description, what you should know, dictionary, sources, files, citation and licence. */
export function buildReadme(
  meta: DatasetMeta,
  version: LoadedVersion,
  files: readonly PackedData[],
  context: PublishContext,
): string {
  const citation = citationsForFile(datasetCitationTarget(meta, version, context.site, version.date));
  const lines = [
    `# ${meta.title}`,
    '',
    t('data.pack.versionLine', { version: version.version, date: version.date, rows: version.rows }),
    '',
    meta.description,
    '',
    ...(meta.irregularMigrationData ? [`**${t('data.notSmugglingData')}**`, ''] : []),
    t('common.labelValue', {
      label: t('data.xlsx.page'),
      value: absoluteUrl(versionPath(meta.id, version.version), context.site),
    }),
    '',
    `## ${t('data.caveats')}`,
    '',
    ...meta.caveats.map((c) => `- ${c}`),
    '',
    `## ${t('data.about')}`,
    '',
    meta.longDescription,
    '',
    `${t('common.labelValue', { label: t('data.coverage.geographic'), value: meta.coverage.geographic })}. ${t('common.labelValue', { label: t('data.coverage.temporal'), value: meta.coverage.temporal })}.`,
    '',
    `## ${t('data.methodology')}`,
    '',
    meta.methodology,
    '',
    `## ${t('data.releaseNotes')}`,
    '',
    version.notes,
    '',
    `## ${t('data.dictionary.heading')}`,
    '',
    `${t('common.labelValue', { label: t('data.primaryKey'), value: meta.primaryKey.map((k) => `\`${k}\``).join(', ') })}. ${t('data.pack.gaps')}`,
    '',
    `| ${[t('data.dictionary.column'), t('data.dictionary.title'), t('data.dictionary.type'), t('data.dictionary.unit'), t('data.dictionary.required'), t('data.dictionary.values'), t('data.dictionary.description')].join(' | ')} |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...meta.fields.map(
      (f) =>
        `| \`${f.name}\` | ${cell(f.title)} | ${f.type} | ${cell(f.unit ?? '')} | ${requiredLabel(f)} | ${cell(allowedValues(f))} | ${cell(f.description)} |`,
    ),
    '',
    `## ${t('data.sources')}`,
    '',
    ...meta.sources.map((s) =>
      [
        `- **${s.id}**: ${s.publisher}, *${s.title}*, ${s.published}. <${s.url}>. ${t('common.labelValue', { label: t('data.source.accessed'), value: s.accessed })}.`,
        s.table ? ` ${t('common.labelValue', { label: t('data.source.table'), value: s.table })}.` : '',
        s.via ? ` ${t('common.labelValue', { label: t('data.source.via'), value: s.via })}` : '',
      ].join(''),
    ),
    '',
    `## ${t('data.pack.files')}`,
    '',
    `| ${t('data.pack.file')} | ${t('data.size')} | SHA-256 |`,
    '| --- | --- | --- |',
    ...files.map((f) => `| ${f.name} | ${f.bytes.byteLength} bytes | \`${sha256(f.bytes)}\` |`),
    '',
    t('data.pack.checksums'),
    '',
    `## ${t('data.cite.title')}`,
    '',
    `${t('data.pack.un')}:`,
    '',
    `> ${citation.un}`,
    '',
    'APA 7:',
    '',
    `> ${citation.apa}`,
    '',
    'BibTeX:',
    '',
    '```bibtex',
    citation.bibtex,
    '```',
    '',
    t('data.pack.cff'),
    '',
    `## ${t('data.licence')}`,
    '',
    `${meta.licence.name} (${meta.licence.id}): <${meta.licence.url}>.${meta.licence.note ? ` ${meta.licence.note}` : ''}`,
    '',
  ];
  return lines.join('\n');
}

/** LICENSE.txt of a data pack: which licence applies, to what, and where its full text is. */
export function buildLicence(meta: DatasetMeta): string {
  return `${[
    `${meta.title}`,
    '',
    t('data.pack.licence', { name: meta.licence.name, id: meta.licence.id }),
    '',
    t('data.pack.licenceText', { url: meta.licence.url }),
    ...(meta.licence.note ? ['', meta.licence.note] : []),
    '',
    t('data.pack.licenceSources'),
    ...meta.sources.map((s) => `- ${s.publisher}, ${s.title}: ${s.url}`),
  ].join('\n')}\n`;
}

/** `SHA256SUMS` in the format `sha256sum -c` reads. */
export function buildChecksums(files: readonly { name: string; bytes: Uint8Array }[]): string {
  return files.map((f) => `${sha256(f.bytes)}  ${f.name}`).join('\n') + '\n';
}

/** Every file of one released version, in a folder slot (versioned or latest). */
export interface VersionDownloads {
  dataset: LoadedDataset;
  version: LoadedVersion;
  /** The downloads, in display order: CSV, CSV for Excel, XLSX, JSON, datapackage.json, ZIP. */
  files: DownloadFile[];
  /** Members of the data pack, by their path inside the ZIP. */
  pack: { name: string; bytes: Uint8Array }[];
  /** The data files (CSV, CSV for Excel, XLSX, JSON) with their names in this slot. */
  data: PackedData[];
}

const cache = new Map<string, Promise<VersionDownloads>>();

/** Wraps bytes as a download of a slot. */
function download(id: string, slot: Slot, kind: DownloadKind, bytes: Uint8Array): DownloadFile {
  return {
    kind,
    name: downloadFileName(id, slot, kind),
    path: downloadPath(id, slot, kind),
    mediaType: mediaTypes[kind],
    bytes,
    sha256: sha256(bytes),
  };
}

/** The Data Package descriptor as the bytes of a file. */
const datapackageBytes = (
  meta: DatasetMeta,
  version: LoadedVersion,
  data: readonly PackedData[],
  context: PublishContext,
) => utf8(`${JSON.stringify(buildDatapackage(meta, version, data, context), null, 2)}\n`);

/** Builds the downloads of a version in its own folder. */
async function buildVersioned(
  dataset: LoadedDataset,
  version: LoadedVersion,
  context: PublishContext,
): Promise<VersionDownloads> {
  const { meta } = dataset;
  const slot: Slot = { version: version.version };
  const csv = new Uint8Array(readFileSync(version.path));
  const data: PackedData[] = [
    { kind: 'csv', name: downloadFileName(meta.id, slot, 'csv'), bytes: csv },
    { kind: 'excel-csv', name: downloadFileName(meta.id, slot, 'excel-csv'), bytes: csvForExcel(csv) },
    { kind: 'xlsx', name: downloadFileName(meta.id, slot, 'xlsx'), bytes: await buildXlsx(meta, version, context) },
    { kind: 'json', name: downloadFileName(meta.id, slot, 'json'), bytes: rowsJson(meta.fields, version.data) },
  ];
  const datapackage = datapackageBytes(meta, version, data, context);
  const members = [
    ...data.map((f) => ({ name: f.name, bytes: f.bytes })),
    { name: 'datapackage.json', bytes: datapackage },
    { name: 'README.md', bytes: utf8(buildReadme(meta, version, data, context)) },
    { name: 'CITATION.cff', bytes: utf8(buildCitationCff(meta, version, context)) },
    { name: 'LICENSE.txt', bytes: utf8(buildLicence(meta)) },
  ];
  const folder = `${meta.id}-${version.version}`;
  const pack = [...members, { name: 'SHA256SUMS', bytes: utf8(buildChecksums(members)) }].map((m) => ({
    name: `${folder}/${m.name}`,
    bytes: m.bytes,
  }));
  const zip = zipFiles(pack, version.date);
  const files = [
    ...data.map((f) => download(meta.id, slot, f.kind, f.bytes)),
    download(meta.id, slot, 'datapackage', datapackage),
    download(meta.id, slot, 'zip', zip),
  ];
  return { dataset, version, files, pack, data };
}

/** The same downloads under the stable names of the `latest` folder; the ZIP stays the versioned pack. */
async function buildLatest(
  dataset: LoadedDataset,
  version: LoadedVersion,
  context: PublishContext,
): Promise<VersionDownloads> {
  const { meta } = dataset;
  const own = await versionDownloads(dataset, version, context);
  const data = own.data.map((f) => ({ ...f, name: downloadFileName(meta.id, 'latest', f.kind) }));
  const zip = own.files.find((f) => f.kind === 'zip')?.bytes ?? new Uint8Array();
  const files = [
    ...data.map((f) => download(meta.id, 'latest', f.kind, f.bytes)),
    download(meta.id, 'latest', 'datapackage', datapackageBytes(meta, version, data, context)),
    download(meta.id, 'latest', 'zip', zip),
  ];
  return { dataset, version, files, pack: own.pack, data };
}

/**
 * Every download of one released version, built once per build: CSV as released, CSV for Excel, XLSX,
 * JSON, datapackage.json and the ZIP data pack (those plus README.md, CITATION.cff, LICENSE.txt and
 * SHA256SUMS, in a folder `<id>-<version>/`). With `slot: 'latest'` the same files carry the stable
 * names of the `latest` folder, and the descriptor points at those names.
 */
export function versionDownloads(
  dataset: LoadedDataset,
  version: LoadedVersion,
  context: PublishContext,
  slot: Slot = { version: version.version },
): Promise<VersionDownloads> {
  const key = `${currentLang()}|${dataset.meta.id}@${version.version}@${slot === 'latest' ? 'latest' : 'versioned'}`;
  let result = cache.get(key);
  if (!result) {
    result = slot === 'latest' ? buildLatest(dataset, version, context) : buildVersioned(dataset, version, context);
    cache.set(key, result);
  }
  return result;
}

/** A file's bytes as the body of a build-time endpoint's response. */
export const responseBody = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);
