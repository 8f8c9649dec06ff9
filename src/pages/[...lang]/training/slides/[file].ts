import type { APIRoute, GetStaticPaths } from 'astro';
import { deckFile, slideDeckPaths } from '#src/lib/training/site-decks.ts';
import { currentLang } from '#src/i18n/language.ts';
import type { SlideDeckId } from '#src/lib/site/routes.ts';

/** The slide decks as PowerPoint files: `/training/slides/som-links-findings-en.pptx`, `…-recommendations-en.pptx`. */
export const getStaticPaths = slideDeckPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ deck: SlideDeckId }, { file: string }> = async ({ props, site }) =>
  new Response(new Uint8Array(await deckFile(props.deck, currentLang(), site)), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  });
