import type { APIRoute, GetStaticPaths } from 'astro';
import { trainersPack } from '#src/lib/training/site-pack.ts';
import { defaultLang, trainersPackFileName } from '#src/lib/site/routes.ts';

/** The trainer's pack: `/training/som-links-trainers-pack-en.zip` (the build adds the PDFs once they exist). */
export const getStaticPaths = (() => [
  { params: { file: trainersPackFileName(defaultLang) } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) =>
  new Response(new Uint8Array(await trainersPack(defaultLang, site)), {
    headers: { 'Content-Type': 'application/zip' },
  });
