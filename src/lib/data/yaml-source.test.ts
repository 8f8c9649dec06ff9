import { describe, expect, test } from 'vitest';
import { parseYamlSource, pathLabel } from './yaml-source.ts';

describe('YAML positions', () => {
  const { locate, position } = parseYamlSource('id: demo\nfields:\n  - name: year\n  - name: route\n    type: enum\n');

  test('find the line and column of a key by its schema path', () => {
    expect(locate(['fields', 1, 'type'])).toEqual({ line: 5, column: 11 });
    expect(locate(['id'])).toEqual({ line: 1, column: 5 });
  });

  test('fall back to the nearest existing parent when the key is missing', () => {
    expect(locate(['fields', 1, 'unit'])).toEqual({ line: 4, column: 5 });
    expect(position(0)).toEqual({ line: 1, column: 1 });
  });

  test('write a schema path as an author reads it', () => {
    expect(pathLabel(['fields', 2, 'type'])).toBe('fields[2].type');
    expect(pathLabel([])).toBe('(top level)');
  });
});
