/**
 * Every page and file of the site is built in the language of its address (`/fr/…` French, `/ar/…`
 * Arabic, anything else English): see src/i18n/language.ts. The response body is read inside the
 * language, because Astro renders a page while its body is read.
 */
import { defineMiddleware } from 'astro:middleware';
import { langOfPath, withLanguage } from '#src/i18n/language.ts';

export const onRequest = defineMiddleware((context, next) => {
  const base = import.meta.env.BASE_URL;
  const path = `/${context.url.pathname.slice(base.length).replace(/^\/+/, '')}`;
  return withLanguage(langOfPath(path), async () => {
    const response = await next();
    const body = await response.arrayBuffer();
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  });
});
