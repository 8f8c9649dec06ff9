import { describe, expect, test } from 'vitest';
import { datasetRoutes } from '#src/schemas/dataset.ts';
import { routeLabel, routeLabels } from './labels.ts';

describe('route labels', () => {
  test('name each route once, from the UI strings, with no two routes sharing a name', () => {
    expect(routeLabel('western-african')).toBe('Western African (Atlantic)');
    expect(routeLabel('central-mediterranean')).toBe('Central Mediterranean');
    expect(routeLabels().map((r) => r.id)).toEqual([...datasetRoutes]);
    expect(new Set(routeLabels().map((r) => r.label)).size).toBe(datasetRoutes.length);
    for (const { label } of routeLabels()) expect(label).not.toMatch(/^data\.route\./);
  });
});
