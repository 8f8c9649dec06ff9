import type { APIRoute, GetStaticPaths } from 'astro';
import type { LoadedDataset, LoadedVersion } from '#src/lib/data/folder.ts';
import { responseBody, versionDownloads } from '#src/lib/downloads/pack.ts';
import { downloadFileName, downloadKinds, type DownloadKind } from '#src/lib/site/routes.ts';
import { loadDatasets } from '#src/lib/data/datasets.ts';

/** Every download of every released version, at its immutable address `/data/<id>/<version>/<file>`. */
export const getStaticPaths = (() =>
  loadDatasets().flatMap((dataset) =>
    dataset.versions.flatMap((version) =>
      downloadKinds.map((kind) => ({ params: { id: dataset.meta.id, version: version.version, file: downloadFileName(dataset.meta.id, { version: version.version }, kind) }, props: { dataset, version, kind } })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { dataset, version, kind } = props as { dataset: LoadedDataset; version: LoadedVersion; kind: DownloadKind };
  const { files } = await versionDownloads(dataset, version, { site });
  const file = files.find((f) => f.kind === kind);
  if (!file) throw new Error(`No ${kind} download for ${dataset.meta.id} ${version.version}`);
  return new Response(responseBody(file.bytes), { headers: { 'Content-Type': file.mediaType } });
};
