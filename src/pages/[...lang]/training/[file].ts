import type { APIRoute, GetStaticPaths } from 'astro';
import { trainersPack } from '#src/lib/training/site-pack.ts';
import { currentLang } from '#src/i18n/language.ts';
import { inEveryLanguage, trainersPackFileName } from '#src/lib/site/routes.ts';

/** The trainer's pack: `/training/som-links-trainers-pack-en.zip`, `/fr/training/som-links-trainers-pack-fr.zip` (the build adds the PDFs once they exist). */
export const getStaticPaths = inEveryLanguage(() => [
  { params: { file: trainersPackFileName(currentLang()) } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) =>
  new Response(new Uint8Array(await trainersPack(currentLang(), site)), {
    headers: { 'Content-Type': 'application/zip' },
  });
