import { describe, expect, test } from 'vitest';
import { loadDatasets } from './datasets.ts';
import { routeLabel } from './labels.ts';
import type { CatalogueEntry } from './pages.ts';
import { catalogueData, catalogueFacets, datasetPageData, downloadFile, versionPageData } from './page-data.ts';

const site = 'https://example.org/';
const entry = (id: string, topics: string[], routes: string[]) =>
  ({
    id,
    title: `Title ${id}`,
    topics: topics.map((t) => ({ id: t, label: t })),
    routes: routes.map((r) => ({ id: r, label: r })),
  }) as unknown as CatalogueEntry;

describe('catalogueFacets', () => {
  test('lists only the topics and routes some dataset has, in their declared order, with their datasets', () => {
    const entries = [
      entry('a', ['irregular-migration'], ['western-african']),
      entry('b', ['irregular-migration', 'nationalities'], ['central-mediterranean', 'western-african']),
      entry('c', ['nationalities'], []),
    ];
    const { topics, routes, noRoute } = catalogueFacets(entries);
    expect(topics.map((f) => [f.id, f.entries.map((e) => e.id)])).toEqual([
      ['irregular-migration', ['a', 'b']],
      ['nationalities', ['b', 'c']],
    ]);
    expect(routes.map((f) => f.id)).toEqual(['central-mediterranean', 'western-african']);
    expect(routes[1]?.label).toBe(routeLabel('western-african'));
    expect(noRoute.map((e) => e.id)).toEqual(['c']);
  });
});

describe('data page route data', () => {
  const datasets = loadDatasets();
  const dataset = datasets.find((d) => d.versions.length > 1) ?? datasets[0]!;

  test('a dataset page cites its latest version, and its contents link to the citation box by the same key', async () => {
    const page = await datasetPageData(dataset, site, '2026-12-03');
    expect(page.citation.version).toBe(page.latest.version);
    expect(page.citation.accessed).toBe('2026-12-03');
    expect(page.sections.at(-1)?.[0]).toBe(`cite-${page.citation.key}`);
    expect(page.head.search?.routes).toEqual(dataset.meta.routes.map(routeLabel));
    expect(page.versions[0]?.latest).toBe(true);
    expect(page.csvHref).toMatch(/\.csv$/);
    expect(JSON.parse(page.jsonLd)).toMatchObject({ '@type': 'Dataset', version: page.latest.version });
  });

  test('a version page says whether it is the latest and cites that version, not the latest', async () => {
    const latest = (await datasetPageData(dataset, site)).latest;
    const oldest = dataset.versions.find((v) => v.version !== latest.version) ?? latest;
    const page = await versionPageData(dataset, oldest, site, '2026-12-03');
    expect(page.citation.version).toBe(oldest.version);
    expect(page.isLatest).toBe(oldest === latest);
    expect(page.latestHref).toContain(`/${latest.version}/`);
    expect(page.head.searchable).toBe(false);
  });

  test('the catalogue counts the rows of every latest version and gives both download sizes', async () => {
    const page = await catalogueData(site, datasets);
    expect(page.entries).toHaveLength(datasets.length);
    expect(page.totalRows).toBe(page.entries.reduce((n, e) => n + e.latest.rows, 0));
    expect(page.allLatestBytes).toBeGreaterThan(0);
    expect(page.catalogBytes).toBeGreaterThan(0);
  });

  test('an endpoint file is the download of that version and kind, with its media type', async () => {
    const file = await downloadFile(dataset, 'latest', 'csv', site);
    expect(file.mediaType).toMatch(/^text\/csv/);
    expect(new TextDecoder().decode(file.bytes).split('\n')[0]).toBe(dataset.meta.fields.map((f) => f.name).join(','));
  });
});
