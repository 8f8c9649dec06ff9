import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { sha256 } from '#src/lib/data/checksum.ts';
import { checkDataFolder } from '#src/lib/data/folder.ts';
import { versionDownloads } from './pack.ts';

const dir = join(process.cwd(), 'tests/fixtures/good-data');
const [demo] = checkDataFolder(dir, dir).datasets;
if (!demo) throw new Error('the good-data fixture should hold the demo dataset');
const v2 = demo.versions[1];
if (!v2) throw new Error('the demo dataset should have two versions');
const context = { site: 'https://example.org/' };

describe('the data pack', () => {
  test('holds every format, a README, CITATION.cff, the licence and checksums that match each file', async () => {
    const { files } = await versionDownloads(demo, v2, context);
    const zip = files.find((f) => f.kind === 'zip');
    const members = unzipSync(zip?.bytes ?? new Uint8Array());
    expect(Object.keys(members)).toEqual(
      [
        'demo-1.1.0.csv',
        'demo-1.1.0-excel.csv',
        'demo-1.1.0.xlsx',
        'demo-1.1.0.json',
        'datapackage.json',
        'README.md',
        'CITATION.cff',
        'LICENSE.txt',
        'SHA256SUMS',
      ].map((n) => `demo-1.1.0/${n}`),
    );
    const sums = strFromU8(members['demo-1.1.0/SHA256SUMS'] ?? new Uint8Array())
      .trim()
      .split('\n');
    expect(sums).toHaveLength(8);
    for (const line of sums) {
      const [hash, name] = line.split('  ');
      expect(sha256(members[`demo-1.1.0/${name}`] ?? new Uint8Array()), name).toBe(hash);
    }
    const descriptor = JSON.parse(strFromU8(members['demo-1.1.0/datapackage.json'] ?? new Uint8Array())) as {
      resources: { path: string; hash: string; bytes: number }[];
    };
    for (const resource of descriptor.resources) {
      const bytes = members[`demo-1.1.0/${resource.path}`] ?? new Uint8Array();
      expect(resource.hash).toBe(`sha256:${sha256(bytes)}`);
      expect(resource.bytes).toBe(bytes.byteLength);
    }
    // The released CSV goes into the pack byte for byte.
    expect(sha256(members['demo-1.1.0/demo-1.1.0.csv'] ?? new Uint8Array())).toBe(v2.sha256);
    const readme = strFromU8(members['demo-1.1.0/README.md'] ?? new Uint8Array());
    expect(readme).toContain('## What you should know\n\n- Test data, not real figures.');
    expect(readme).toContain('| `value` | Count | integer | detections | no |  | Count for the year. |');
  });
});
