import type { APIRoute, GetStaticPaths } from 'astro';
import type { LoadedDataset } from '#src/lib/data/folder.ts';
import { downloadFile, latestFilePaths } from '#src/lib/data/page-data.ts';
import { responseBody } from '#src/lib/downloads/pack.ts';
import type { DownloadKind } from '#src/lib/site/routes.ts';

/** The latest version of every dataset at stable addresses `/data/<id>/latest/<id>.csv` and so on. */
export const getStaticPaths = latestFilePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { dataset, kind } = props as { dataset: LoadedDataset; kind: DownloadKind };
  const { bytes, mediaType } = await downloadFile(dataset, 'latest', kind, site);
  return new Response(responseBody(bytes), { headers: { 'Content-Type': mediaType } });
};
