import { describe, expect, test } from 'vitest';
import { charts } from '#src/charts/index.ts';
import { routeLabel } from '#src/lib/data/labels.ts';
import { chartFile, chartPageData, chartsIndexData, embedData } from './page-data.ts';

const site = 'https://example.org/';

describe('chart page route data', () => {
  test('a chart page filters search by the same route labels as the dataset pages', () => {
    const chart = charts.find((c) => c.id === 'smuggling-fees') ?? charts[0]!;
    const page = chartPageData(chart.id, site);
    expect(page.head.search?.routes).toEqual(page.figure.dataset.routes.map(routeLabel));
    if (page.figure.dataset.routes.includes('western-african')) expect(page.head.search?.routes).toContain('Western African (Atlantic)');
  });

  test.each(charts.map((c) => c.id))('%s: a meta description within 160 characters, downloads with sizes, a citation of the chart page', (id) => {
    const page = chartPageData(id, site);
    expect(page.head.description.length).toBeLessThanOrEqual(160);
    expect(page.downloads.map((d) => d.size)).toEqual(page.downloads.map(() => expect.stringMatching(/^\d+ KB$|^\d+ B$|^[\d.]+ MB$/)));
    expect(page.citation.url).toBe(`https://example.org/charts/${id}/`);
    expect(page.embedCode).toContain(`src="https://example.org/embed/${id}/"`);
  });

  test('the chart index lists every chart in registry order, and an embed points to its chart page', () => {
    expect(chartsIndexData().charts.map((c) => c.id)).toEqual(charts.map((c) => c.id));
    const id = charts[0]!.id;
    expect(embedData(id, site).canonical).toBe(`https://example.org/charts/${id}/`);
  });

  test('a chart file has the media type of its kind', () => {
    const id = charts[0]!.id;
    expect(chartFile(id, 'csv', site).mediaType).toBe('text/csv; charset=utf-8');
    expect(chartFile(id, 'og', site).mediaType).toBe('image/png');
  });
});
