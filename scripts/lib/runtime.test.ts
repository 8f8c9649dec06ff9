import { describe, expect, test } from 'vitest';

describe('toolchain', () => {
  test("runs the tests on the pinned Node 22, not the machine's Node", () => {
    expect(process.versions.node.split('.')[0]).toBe('22');
  });
});
