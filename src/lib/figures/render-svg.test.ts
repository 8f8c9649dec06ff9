import * as Plot from '@observablehq/plot';
import { describe, expect, test } from 'vitest';
import { renderSvg } from './render-svg.ts';

describe('renderSvg', () => {
  const svg = renderSvg(
    { width: 320, height: 200, marks: [Plot.lineY([1, 3, 2], { ariaHidden: 'true' })] },
    { label: 'A test chart', describedBy: 'fig-test-summary' },
  );

  test('draws a bare SVG with an accessible name and description', () => {
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="A test chart"');
    expect(svg).toContain('aria-describedby="fig-test-summary"');
    expect(svg).toMatch(/<path[^>]+d="M/);
  });

  test("leaves Plot's inline stylesheet out (the site stylesheet carries it)", () => {
    expect(svg).not.toContain('<style');
  });

  test('refuses options that would wrap the chart in a figure', () => {
    expect(() => renderSvg({ title: 'Titled', marks: [Plot.dot([1])] }, { label: 'x', describedBy: 'y' })).toThrow(
      /bare SVG/,
    );
  });
});
