import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import Figure from './Figure.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({ astroConfig: { site: 'https://example.org' } });
});

/** Renders the figure of `id` in `mode` and returns its document. */
async function render(mode: 'chapter' | 'page' | 'embed', id = 'detections-by-route', number?: string) {
  const html = await container.renderToString(Figure, { props: { id, mode, ...(number ? { number } : {}) } });
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

describe('Figure, in its three modes', () => {
  test('in a chapter: number, title, the warning that detections are not smuggling data, both variants, table and every download', async () => {
    const doc = await render('chapter', 'detections-by-route', '2.1');
    expect(doc.querySelector('.figure-number')?.textContent).toBe('Figure 2.1');
    expect(doc.querySelector('.figure-warning')?.textContent).toMatch(/not.*smuggl/i);
    expect(doc.querySelectorAll('.figure-chart svg')).toHaveLength(2);
    expect(doc.querySelector('.figure-table table caption')).not.toBeNull();
    const links = [...doc.querySelectorAll('.figure-links a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(
      expect.arrayContaining([
        '/charts/detections-by-route/detections-by-route.csv',
        '/charts/detections-by-route/detections-by-route.svg',
        '/charts/detections-by-route/detections-by-route.png',
        '/charts/detections-by-route/',
      ]),
    );
    expect(doc.querySelector('.figure-source a')?.getAttribute('href')).toMatch(
      /^\/data\/irregular-border-crossings\/\d+\.\d+\.\d+\/$/,
    );
  });

  test('on its own page: the data table but no download links (the page lists them), and no number unless given', async () => {
    const doc = await render('page');
    expect(doc.querySelector('.figure-number')).toBeNull();
    expect(doc.querySelector('.figure-table')).not.toBeNull();
    expect(doc.querySelector('.figure-links')).toBeNull();
  });

  test('embedded: the title as the heading, no table, and links that leave the frame', async () => {
    const doc = await render('embed');
    expect(doc.querySelector('h1.figure-title')).not.toBeNull();
    expect(doc.querySelector('.figure-table')).toBeNull();
    const targets = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('target'));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((target) => target === '_top')).toBe(true);
  });

  test('a chart drawn from data that is not irregular-migration data carries no such warning', async () => {
    const doc = await render('chapter', 'treaty-participation', '6.1');
    expect(doc.querySelector('.figure-warning')).toBeNull();
  });
});
