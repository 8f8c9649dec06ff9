import { stringify } from 'yaml';
import { t } from '#src/i18n/index.ts';
import type { DatasetField, DatasetMeta } from '#src/schemas/dataset.ts';
import { sha256 } from '#src/lib/data/checksum.ts';
import type { LoadedVersion } from '#src/lib/data/folder.ts';
import { datasetPublisher } from '#src/lib/cite/dataset.ts';
import { absoluteUrl, downloadPath, versionPath } from '#src/lib/site/routes.ts';
import { mediaTypes, type PackedData, type PublishContext } from './formats.ts';

/** Frictionless Table Schema type of a field. */
function tableSchemaField(f: DatasetField): Record<string, unknown> {
  const type = { string: 'string', enum: 'string', integer: 'integer', number: 'number', date: 'date', year: 'year' }[
    f.type
  ];
  const constraints: Record<string, unknown> = {};
  if (f.required) constraints.required = true;
  if (f.values) constraints.enum = f.values;
  return {
    name: f.name,
    title: f.title,
    type,
    ...(f.type === 'date' ? { format: 'default' } : {}),
    description: f.unit
      ? `${f.description} ${t('common.labelValue', { label: t('data.dictionary.unit'), value: f.unit })}.`
      : f.description,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/**
 * The Frictionless Data Package descriptor (v1) of a version: the released CSV as a tabular data
 * resource with its Table Schema, the other data files as plain resources, each with bytes and sha256;
 * licence, sources, version and addresses.
 */
export function buildDatapackage(
  meta: DatasetMeta,
  version: LoadedVersion,
  files: readonly PackedData[],
  context: PublishContext,
): Record<string, unknown> {
  const page = absoluteUrl(versionPath(meta.id, version.version), context.site);
  const formats = { csv: 'csv', 'excel-csv': 'csv', xlsx: 'xlsx', json: 'json' } as const;
  const resources = files.map((file) => {
    const common = {
      name: file.kind === 'csv' ? meta.id : `${meta.id}-${file.kind}`,
      path: file.name,
      format: formats[file.kind],
      mediatype: mediaTypes[file.kind].split(';')[0],
      bytes: file.bytes.byteLength,
      hash: `sha256:${sha256(file.bytes)}`,
    };
    if (file.kind === 'csv') {
      return {
        profile: 'tabular-data-resource',
        ...common,
        title: meta.title,
        description: meta.description,
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: { fields: meta.fields.map(tableSchemaField), primaryKey: meta.primaryKey, missingValues: [''] },
      };
    }
    const descriptions = {
      'excel-csv': t('data.format.excelCsv.description'),
      xlsx: t('data.format.xlsx.description'),
      json: t('data.format.json.description'),
    } as const;
    return {
      profile: 'data-resource',
      ...common,
      ...(file.kind === 'excel-csv' ? { encoding: 'utf-8-sig' } : {}),
      description: descriptions[file.kind],
    };
  });
  return {
    profile: 'data-package',
    name: meta.id,
    id: page,
    title: meta.title,
    description: meta.description,
    version: version.version,
    created: `${version.date}T00:00:00Z`,
    homepage: page,
    keywords: [...meta.topics, ...meta.routes],
    licenses: [{ name: meta.licence.id, path: meta.licence.url, title: meta.licence.name }],
    contributors: [{ title: datasetPublisher(), role: 'publisher' }],
    sources: meta.sources.map((s) => ({
      title: `${s.publisher}, ${s.title}${s.table ? ` (${s.table})` : ''}`,
      path: s.url,
    })),
    resources,
  };
}

/** CITATION.cff (Citation File Format 1.2.0) of a version, of type dataset. */
export function buildCitationCff(meta: DatasetMeta, version: LoadedVersion, context: PublishContext): string {
  const cff = {
    'cff-version': '1.2.0',
    message: t('data.cff.message'),
    type: 'dataset',
    title: meta.title,
    version: version.version,
    'date-released': version.date,
    abstract: meta.description,
    authors: [{ name: datasetPublisher() }],
    url: absoluteUrl(versionPath(meta.id, version.version), context.site),
    'repository-artifact': absoluteUrl(downloadPath(meta.id, { version: version.version }, 'zip'), context.site),
    license: meta.licence.id,
    keywords: [...meta.topics, ...meta.routes],
    references: meta.sources.map((s) => ({
      type: 'generic',
      title: s.title,
      authors: [{ name: s.publisher }],
      url: s.url,
      notes: [
        t('common.labelValue', { label: t('data.source.published'), value: s.published }),
        t('common.labelValue', { label: t('data.source.accessed'), value: s.accessed }),
        s.table ? t('common.labelValue', { label: t('data.source.table'), value: s.table }) : '',
        s.via ? t('common.labelValue', { label: t('data.source.via'), value: s.via }) : '',
      ]
        .filter(Boolean)
        .join('. '),
    })),
  };
  return stringify(cff, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
}
