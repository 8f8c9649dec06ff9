import { describe, expect, test } from 'vitest';
import { charts } from '#src/charts/index.ts';
import { routeLabel } from '#src/lib/data/labels.ts';
import { figurePlacements } from '../../../tests/support/figures.ts';
import { allFigures } from './figure.ts';
import { chartFileOf, chartPage, chartsIndex, embed } from './views.ts';

const site = 'https://example.org/';
const placements = figurePlacements();

describe('chart page route data', () => {
  test('a chart page filters search by the same route labels as the dataset pages', () => {
    const chart = charts.find((c) => c.id === 'smuggling-fees') ?? charts[0]!;
    const page = chartPage(chart.id, site, placements.get(chart.id));
    expect(page.head.search?.routes).toEqual(page.figure.dataset.routes.map(routeLabel));
    if (page.figure.dataset.routes.includes('western-african'))
      expect(page.head.search?.routes).toContain('Western African (Atlantic)');
  });

  test.each(charts.map((c) => c.id))(
    '%s: a meta description within 160 characters, downloads with sizes, a citation of the chart page',
    (id) => {
      const page = chartPage(id, site, placements.get(id));
      expect(page.head.description.length).toBeLessThanOrEqual(160);
      for (const download of page.downloads) expect(download.size).toMatch(/^[\d.,]+ (?:B|kB|MB)$/);
      expect(page.citation.url).toBe(`https://example.org/charts/${id}/`);
      expect(page.embedCode).toContain(`src="https://example.org/embed/${id}/"`);
    },
  );

  test('a chart in a chapter is labelled, numbered and linked by its place in the report; one in none is not', () => {
    const [id, placement] = [...placements][0]!;
    const page = chartPage(id, site, placement);
    expect(page.number).toBe(placement.number);
    expect(page.head.search?.label).toBe(`Figure ${placement.number}`);
    expect(page.appearsIn?.href).toContain(`/report/`);
    const outside = chartPage(id, site, undefined);
    expect(outside.number).toBeUndefined();
    expect(outside.appearsIn).toBeUndefined();
    expect(outside.head.search?.label).toBe(outside.figure.chart.title);
  });

  test('the chart index lists the charts in registry order with where each appears; an embed points to its chart page', () => {
    const index = chartsIndex(allFigures(), placements);
    expect(index.charts.map((c) => c.id)).toEqual(charts.map((c) => c.id));
    const [placedId, placement] = [...placements][0]!;
    expect(index.charts.find((c) => c.id === placedId)?.where).toContain(placement.chapterTitle);
    expect(chartsIndex(allFigures(), new Map()).charts.map((c) => c.where)).toEqual(
      charts.map(() => 'Not yet placed in a chapter'),
    );
    const id = charts[0]!.id;
    expect(embed(id, site, placements.get(id)).canonical).toBe(`https://example.org/charts/${id}/`);
    expect(embed(id, site, placements.get(id)).number).toBe(placements.get(id)?.number);
  });

  test('a chart file has the media type of its kind, and the SVG names the figure number', () => {
    const [id, placement] = [...placements][0]!;
    expect(chartFileOf(id, 'csv', site, placement).mediaType).toBe('text/csv; charset=utf-8');
    expect(chartFileOf(id, 'og', site, placement).mediaType).toBe('image/png');
    expect(String(chartFileOf(id, 'svg', site, placement).body)).toContain(`Figure ${placement.number}`);
  });
});
