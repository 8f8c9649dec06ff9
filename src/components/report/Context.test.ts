import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import Context from './Context.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('Context box', () => {
  test('names and links the pinned version, not the latest one', async () => {
    const html = await container.renderToString(Context, {
      props: { dataset: 'irregular-border-crossings', version: '1.0.0' },
      slots: { default: 'Some text.' },
    });
    const source = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.querySelector(
      '.context-source',
    );
    expect(source?.querySelector('a')?.getAttribute('href')).toBe('/data/irregular-border-crossings/1.0.0/');
    expect(source?.textContent).toContain('v1.0.0');
  });

  test('stops the build when no version is pinned, naming the dataset and its latest version', async () => {
    await expect(container.renderToString(Context, { props: { dataset: 'smuggling-fees' } })).rejects.toThrow(
      /<Context dataset="smuggling-fees">: expected version="…", the released version the text quotes \(the latest is \d+\.\d+\.\d+\), found none/,
    );
  });
});
