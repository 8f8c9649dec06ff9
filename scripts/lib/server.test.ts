import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { serveStatic } from './server.ts';

const root = mkdtempSync(join(tmpdir(), 'serve-'));
const page = `<!doctype html><title>x</title>${'<p>A paragraph that repeats.</p>'.repeat(200)}`;
writeFileSync(join(root, 'index.html'), page);
writeFileSync(join(root, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Raw response (headers and undecoded body); fetch would decompress it and hide the encoding. */
function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('serveStatic', () => {
  test('with gzip, an HTML page goes out compressed to a browser that accepts it, and decompresses to the file', async () => {
    const server = await serveStatic(root, '/', { gzip: true });
    try {
      const { headers, body } = await get(server.url('/'), { 'accept-encoding': 'gzip, deflate, br' });
      expect(headers['content-encoding']).toBe('gzip');
      expect(body.byteLength).toBeLessThan(Buffer.byteLength(page) / 5);
      expect(gunzipSync(body).toString('utf8')).toBe(page);
      const plain = await get(server.url('/'));
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString('utf8')).toBe(page);
      const image = await get(server.url('/image.png'), { 'accept-encoding': 'gzip' });
      expect(image.headers['content-encoding']).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  test('without the option, files go out as they are', async () => {
    const server = await serveStatic(root);
    try {
      const { headers, body } = await get(server.url('/'), { 'accept-encoding': 'gzip' });
      expect(headers['content-encoding']).toBeUndefined();
      expect(body.toString('utf8')).toBe(page);
    } finally {
      await server.close();
    }
  });
});
