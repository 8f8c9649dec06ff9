/**
 * Every content collection of the site, with its loader and schema. Schemas live in `src/schemas/` so
 * that command-line tools and tests validate with exactly the same rules as the build. Two inputs are
 * not collections, so that each is read once by one module: the datasets (`data/`, read and checked by
 * `loadDatasets()` in src/lib/data/datasets.ts) and `content/updates.yaml` (src/lib/site/edition.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter.ts';
import { glossaryTermSchema, instrumentSchema } from './schemas/glossary.ts';
import { comparisonGuideSchema, cooperationGuideSchema } from './schemas/glossary-guides.ts';
import { recommendationSchema } from './schemas/recommendation.ts';

/** Report chapters, `content/chapters/NN-slug.mdx`; id = file name without extension. */
const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
  schema: chapterSchema,
});

/** The paper's eleven recommendations, `content/recommendations/<ID>.md`. */
const recommendations = defineCollection({
  loader: glob({
    pattern: '*.md',
    base: './content/recommendations',
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: recommendationSchema,
});

/** Glossary terms, `content/glossary/<instrument>/<term>.md`; id = `<instrument>/<term>`. */
const glossary = defineCollection({
  loader: glob({
    pattern: '*/*.md',
    base: './content/glossary',
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: glossaryTermSchema,
});

/** Facts about each instrument (adoption, entry into force, parties), `content/instruments/<id>.yaml`. */
const instruments = defineCollection({
  loader: glob({
    pattern: '*.yaml',
    base: './content/instruments',
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
  }),
  schema: instrumentSchema,
});

/** The glossary's comparison of smuggling and trafficking, `content/glossary-guides/smuggling-or-trafficking.yaml`. */
const comparisonGuide = defineCollection({
  loader: glob({
    pattern: 'smuggling-or-trafficking.yaml',
    base: './content/glossary-guides',
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
  }),
  schema: comparisonGuideSchema,
});

/** The glossary's guide to the Convention's cooperation tools, `content/glossary-guides/cooperation-tools.yaml`. */
const cooperationGuide = defineCollection({
  loader: glob({
    pattern: 'cooperation-tools.yaml',
    base: './content/glossary-guides',
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
  }),
  schema: cooperationGuideSchema,
});

export const collections = { chapters, recommendations, glossary, instruments, comparisonGuide, cooperationGuide };
