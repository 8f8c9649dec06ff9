/**
 * Every content collection of the site, with its loader and schema. Schemas live in `src/schemas/` so
 * that command-line tools and tests validate with exactly the same rules as the build.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { chapterSchema } from './schemas/chapter.ts';
import { datasetSchema } from './schemas/dataset.ts';
import { glossaryTermSchema, instrumentSchema } from './schemas/glossary.ts';
import { comparisonGuideSchema, cooperationGuideSchema } from './schemas/glossary-guides.ts';
import { recommendationSchema } from './schemas/recommendation.ts';
import { updateSchema } from './schemas/update.ts';
import { datasetLoader } from './lib/data/loader.ts';

/** Report chapters, `content/chapters/NN-slug.mdx`; id = file name without extension. */
const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
  schema: chapterSchema,
});

/** The paper's eleven recommendations, `content/recommendations/<ID>.md`. */
const recommendations = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/recommendations', generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
  schema: recommendationSchema,
});

/** Glossary terms, `content/glossary/<instrument>/<term>.md`; id = `<instrument>/<term>`. */
const glossary = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './content/glossary', generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
  schema: glossaryTermSchema,
});

/** Facts about each instrument (adoption, entry into force, parties), `content/instruments/<id>.yaml`. */
const instruments = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/instruments', generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
  schema: instrumentSchema,
});

/** The glossary's comparison of smuggling and trafficking, `content/glossary-guides/smuggling-or-trafficking.yaml`. */
const comparisonGuide = defineCollection({
  loader: glob({ pattern: 'smuggling-or-trafficking.yaml', base: './content/glossary-guides', generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
  schema: comparisonGuideSchema,
});

/** The glossary's guide to the Convention's cooperation tools, `content/glossary-guides/cooperation-tools.yaml`. */
const cooperationGuide = defineCollection({
  loader: glob({ pattern: 'cooperation-tools.yaml', base: './content/glossary-guides', generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
  schema: cooperationGuideSchema,
});

/** Datasets, `data/<id>/dataset.yaml`, validated together with their CSV files. */
const datasets = defineCollection({
  loader: datasetLoader(),
  schema: datasetSchema,
});

/**
 * Updates and corrections to the web edition, `content/updates.yaml` (oldest first); id = version.
 * The newest entry is the current edition (src/lib/site/edition.ts reads the same file and checks its order).
 */
const updates = defineCollection({
  loader: file('content/updates.yaml', {
    parser: (text) => {
      const entries: unknown = parse(text);
      if (!Array.isArray(entries)) throw new Error('content/updates.yaml: expected a list of updates (YAML items starting with "- version:")');
      return entries.map((entry: Record<string, unknown>) => ({ id: String(entry['version']), ...entry }));
    },
  }),
  schema: updateSchema,
});

export const collections = { chapters, recommendations, glossary, instruments, comparisonGuide, cooperationGuide, datasets, updates };
