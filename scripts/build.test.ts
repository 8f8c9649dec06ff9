import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { isLocalAddress, publicationProblem } from '#src/lib/site/env.ts';

/** Runs scripts/build.ts as `npm run build` does, with only the given site variables set. */
function build(site: Record<string, string>) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(SITE_URL|SITE_PREVIEW|SITE_BASE|OUT_DIR)$/.test(key)),
  );
  // An output folder that nothing else uses: a build that wrongly starts writes there, not into dist/.
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: process.cwd(),
    encoding: 'utf8',
    env: { ...env, OUT_DIR: '/nonexistent/refused-build', ...site },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('a publication build (npm run build)', () => {
  test('refuses to run without SITE_URL, in one line that says what to set, with an example', () => {
    const result = build({});
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('SITE_URL is not set');
    expect(lines[0]).toContain('SITE_URL=https://example.org SITE_BASE=/ npm run build');
    expect(result.stdout).not.toMatch(/building|indexed/i);
  });

  test('refuses a SITE_URL that only works on this machine, or that is not an address', () => {
    for (const url of ['http://localhost:4321', 'http://127.0.0.1:8080/', 'example.org']) {
      const result = build({ SITE_URL: url });
      expect(result.status, url).toBe(1);
      expect(result.stderr, url).toContain(`SITE_URL=${url}`);
    }
  });
});

describe('publicationProblem', () => {
  test('lets a public address or a local preview build through', () => {
    expect(publicationProblem({ SITE_URL: 'https://example.org' })).toBeUndefined();
    expect(publicationProblem({ SITE_URL: 'https://example.org/report/' })).toBeUndefined();
    expect(publicationProblem({ SITE_PREVIEW: '1' })).toBeUndefined();
  });

  test('stops an empty, relative, local or non-web address', () => {
    for (const url of [
      undefined,
      '',
      '/report/',
      'ftp://example.org',
      'http://localhost:4321',
      'http://[::1]:4321',
      'http://site.localhost/',
    ]) {
      expect(publicationProblem({ SITE_URL: url }), String(url)).toMatch(/SITE_URL/);
    }
  });

  test('tells local addresses from public ones', () => {
    expect(isLocalAddress('http://localhost:4321')).toBe(true);
    expect(isLocalAddress('http://127.0.0.1:4321/')).toBe(true);
    expect(isLocalAddress('https://example.org')).toBe(false);
    expect(isLocalAddress('https://localhost.example.org')).toBe(false);
  });
});
