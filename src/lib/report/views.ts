/**
 * The pure part of the report pages' route data: from plain chapter and recommendation data (no content
 * collection) to what a page renders. src/lib/report/page-data.ts feeds these with the collections.
 */
import { t } from '#src/i18n/index.ts';
import { chapterPath, recommendationPath, url, withAnchor } from '#src/lib/site/routes.ts';
import { recommendationGroups } from '#src/schemas/recommendation.ts';
import type { HeadlineFinding } from './home.ts';

/** What the report pages need of a chapter. */
export interface ChapterInfo {
  id: string;
  data: { number: number; title: string; description: string };
}

/** A card of the home page: a headline finding and the chapter section that explains it. */
export interface FindingCard {
  text: string;
  href: string;
  chapter: string;
}

/** The headline findings as cards; throws when a finding names a chapter that does not exist. */
export function findingCards(findings: readonly HeadlineFinding[], chapters: readonly ChapterInfo[]): FindingCard[] {
  return findings.map((finding) => {
    const chapter = chapters.find((c) => c.id === finding.chapter);
    if (!chapter)
      throw new Error(
        `src/lib/report/home.ts: headline finding "${finding.text}" links to chapter "${finding.chapter}", which does not exist`,
      );
    return {
      text: t(finding.text),
      href: url(withAnchor(chapterPath(chapter.id), finding.section)),
      chapter: chapter.data.title,
    };
  });
}

/** A line of the report's contents. */
export interface ContentsLine {
  number: number;
  href: string;
  title: string;
  description: string;
}

/** The report's contents, in the given (reading) order. */
export const contentsLines = (chapters: readonly ChapterInfo[]): ContentsLine[] =>
  chapters.map((c) => ({
    number: c.data.number,
    href: url(chapterPath(c.id)),
    title: c.data.title,
    description: c.data.description,
  }));

/** A recommendation group: A or B. */
export type RecommendationGroup = keyof typeof recommendationGroups;

/** What the recommendation lists need of a recommendation. */
export interface RecommendationInfo {
  id: string;
  group: RecommendationGroup;
  title: string;
  /** The paper's words, in English as published. */
  text: string;
  highlight: string;
  /** On a translated page, the web edition's unofficial translation of `text` and of its highlight. */
  unofficial?: { text: string; highlight: string } | undefined;
}

/** Recommendations under their group (A, then B), each with its page's address. */
export interface RecommendationGroupView<R> {
  group: RecommendationGroup;
  /** "Group A: Understanding the crime and establishing a baseline". */
  heading: string;
  items: (R & { href: string })[];
}

/** Recommendations split by group, in the given order within each group. */
export function groupRecommendations<R extends RecommendationInfo>(
  recommendations: readonly R[],
  href: (id: string) => string = (id) => url(recommendationPath(id)),
): RecommendationGroupView<R>[] {
  return (Object.keys(recommendationGroups) as RecommendationGroup[]).map((group) => ({
    group,
    heading: `${t('recommendation.group', { group })}: ${t(recommendationGroups[group])}`,
    items: recommendations.filter((r) => r.group === group).map((r) => ({ ...r, href: href(r.id) })),
  }));
}
