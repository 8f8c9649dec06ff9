import type { Loader } from 'astro/loaders';
import { checkDataFolder } from './folder.ts';
import { DATA_ROOT, DataCheckError } from './datasets.ts';
import { formatIssue } from '#src/lib/site/positions.ts';

/**
 * Content loader for the `datasets` collection: validates the whole data folder (metadata, every CSV,
 * checksums) and fails the build with every problem listed when anything is wrong.
 */
export function datasetLoader(root: string = DATA_ROOT): Loader {
  return {
    name: 'dataset-loader',
    load: async ({ store, parseData }) => {
      const { datasets, issues } = checkDataFolder(root);
      if (issues.length > 0) throw new DataCheckError(issues.map(formatIssue));
      store.clear();
      for (const dataset of datasets) {
        const id = dataset.meta.id;
        const data = await parseData({ id, data: { ...dataset.meta } });
        store.set({ id, data });
      }
    },
  };
}
