import type { APIRoute, GetStaticPaths } from 'astro';
import type { LoadedDataset, LoadedVersion } from '#src/lib/data/folder.ts';
import { downloadFile, versionFilePaths } from '#src/lib/data/page-data.ts';
import { responseBody } from '#src/lib/downloads/pack.ts';
import type { DownloadKind } from '#src/lib/site/routes.ts';

/** Every download of every released version, at its immutable address `/data/<id>/<version>/<file>`. */
export const getStaticPaths = versionFilePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { dataset, version, kind } = props as { dataset: LoadedDataset; version: LoadedVersion; kind: DownloadKind };
  const { bytes, mediaType } = await downloadFile(dataset, version, kind, site);
  return new Response(responseBody(bytes), { headers: { 'Content-Type': mediaType } });
};
