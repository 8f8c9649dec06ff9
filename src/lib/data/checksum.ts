import { createHash } from 'node:crypto';

/** Hex sha256 of a file's bytes, as recorded for each released dataset version. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
