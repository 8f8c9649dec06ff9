/** Compares two semantic versions written MAJOR.MINOR.PATCH (negative when a < b, 0 when equal). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Versions sorted newest first (highest version number first), without changing the given list. */
export function versionsNewestFirst<V extends { version: string }>(versions: readonly V[]): V[] {
  return [...versions].sort((a, b) => compareVersions(b.version, a.version));
}
