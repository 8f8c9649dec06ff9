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
import {
  chapterTranslationSchema,
  glossaryTranslationSchema,
  recommendationTranslationSchema,
} from './schemas/translation.ts';
import { translatedLanguages } from './i18n/language.ts';

/** `{fr,ar}`: the folders of `content/` that hold translations. */
const LANGS = `{${translatedLanguages.join(',')}}`;

/** Id of a translation: `content/fr/chapters/03-x.mdx` → `fr/03-x` (language, then the English id). */
const translationId =
  (folder: string, extension: string) =>
  ({ entry }: { entry: string }) =>
    entry.replace(`/${folder}/`, '/').replace(extension, '');

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

/** Translated chapters, `content/<lang>/chapters/NN-slug.mdx`; id = `<lang>/<chapter id>`. */
const chapterTranslations = defineCollection({
  loader: glob({
    pattern: `${LANGS}/chapters/*.mdx`,
    base: './content',
    generateId: translationId('chapters', '.mdx'),
  }),
  schema: chapterTranslationSchema,
});

/** Translated recommendations, `content/<lang>/recommendations/<ID>.md`; id = `<lang>/<ID>`. */
const recommendationTranslations = defineCollection({
  loader: glob({
    pattern: `${LANGS}/recommendations/*.md`,
    base: './content',
    generateId: translationId('recommendations', '.md'),
  }),
  schema: recommendationTranslationSchema,
});

/** Translated glossary entries, `content/<lang>/glossary/<instrument>/<term>.md`; id = `<lang>/<instrument>/<term>`. */
const glossaryTranslations = defineCollection({
  loader: glob({
    pattern: `${LANGS}/glossary/*/*.md`,
    base: './content',
    generateId: translationId('glossary', '.md'),
  }),
  schema: glossaryTranslationSchema,
});

export const collections = {
  chapters,
  recommendations,
  glossary,
  instruments,
  comparisonGuide,
  cooperationGuide,
  chapterTranslations,
  recommendationTranslations,
  glossaryTranslations,
};
