import { afterAll, beforeAll } from 'vitest';
import { openBrowser, type BrowserOptions } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/server.ts';
import { builtSite } from './site.ts';

/** The built site served over HTTP and one Chromium context, shared by the tests of a file. */
export interface SiteSession {
  /** The folder of the built site. */
  readonly dist: string;
  readonly server: StaticServer;
  readonly browser: Awaited<ReturnType<typeof openBrowser>>;
}

/**
 * Serves the built site and opens Chromium before the tests of the calling file, and closes both after
 * them. Read `server` and `browser` inside tests (they exist once `beforeAll` has run).
 */
export function browseBuiltSite(options: BrowserOptions = { viewport: { width: 1280, height: 900 } }): SiteSession {
  const session = { dist: builtSite() } as { dist: string; server: StaticServer; browser: SiteSession['browser'] };
  beforeAll(async () => {
    session.server = await serveStatic(session.dist);
    session.browser = await openBrowser(options);
  });
  afterAll(async () => {
    await session.browser?.dispose();
    await session.server?.close();
  });
  return session;
}
