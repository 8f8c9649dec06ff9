import type { APIRoute, GetStaticPaths } from 'astro';
import type { LoadedDataset } from '#src/lib/data/folder.ts';
import { responseBody, versionDownloads } from '#src/lib/downloads/pack.ts';
import { downloadFileName, downloadKinds, type DownloadKind } from '#src/lib/site/routes.ts';
import { latestVersion, loadDatasets } from '#src/lib/data/datasets.ts';

/** The latest version of every dataset at stable addresses `/data/<id>/latest/<id>.csv` and so on. */
export const getStaticPaths = (() =>
  loadDatasets().flatMap((dataset) => downloadKinds.map((kind) => ({ params: { id: dataset.meta.id, file: downloadFileName(dataset.meta.id, 'latest', kind) }, props: { dataset, kind } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { dataset, kind } = props as { dataset: LoadedDataset; kind: DownloadKind };
  const { files } = await versionDownloads(dataset, latestVersion(dataset), { site }, 'latest');
  const file = files.find((f) => f.kind === kind);
  if (!file) throw new Error(`No latest ${kind} download for ${dataset.meta.id}`);
  return new Response(responseBody(file.bytes), { headers: { 'Content-Type': file.mediaType } });
};
