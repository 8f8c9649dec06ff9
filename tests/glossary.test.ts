import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { glossaryIdsOnDisk } from '#src/lib/glossary/term-plugin.ts';
import { builtSite, sitePages } from './support/site.ts';

const dist = builtSite();
const file = (page: string) => join(dist, page.endsWith('.html') ? page : `${page}index.html`);
const html = (page: string) => readFileSync(file(page), 'utf8');
const dom = (page: string) => parseHTML(html(page)).document;
const ids = glossaryIdsOnDisk();
const chapters = sitePages(dist).filter((p) => /^\/report\/[^/]+\/$/.test(p));

describe('glossary pages', () => {
  test('the A–Z page lists every entry as a link in its HTML, so it reads without scripts', () => {
    const links = new Set(
      [...dom('/glossary/').querySelectorAll('.entries a.title')].map((a) => a.getAttribute('href')),
    );
    expect([...links].sort()).toEqual(ids.map((id) => `/glossary/${id}/`).sort());
    for (const id of ids) expect(existsSync(file(`/glossary/${id}/`)), id).toBe(true);
  });

  test('the A–Z page points abbreviations to their entries: MLA to mutual legal assistance, JIT to joint investigations', () => {
    const see = [...dom('/glossary/').querySelectorAll('.entries li.see')].map(
      (li) => `${li.querySelector('.title')?.textContent} ${li.querySelector('a')?.getAttribute('href')}`,
    );
    expect(see).toContain('MLA /glossary/untoc/mutual-legal-assistance/');
    expect(see).toContain('JIT /glossary/untoc/joint-investigations/');
  });

  test('an instrument page lists its terms by article and gives adoption, entry into force and the party count with its date and source', () => {
    const page = dom('/glossary/untoc/');
    const provisions = [...page.querySelectorAll('.terms .provision')].map((el) => el.textContent);
    expect(provisions.indexOf('Art. 2(a)')).toBeLessThan(provisions.indexOf('Art. 16'));
    expect(provisions.indexOf('Art. 16')).toBeLessThan(provisions.indexOf('Art. 18'));
    const facts = page.querySelector('.facts')?.textContent ?? '';
    expect(facts).toContain('15 November 2000');
    expect(facts).toContain('29 September 2003');
    expect(facts).toContain('192 as at October 2024');
    expect(facts).toContain('no later count has been checked');
    expect(page.querySelector('.facts a[href*="unodc.org"]')).not.toBeNull();
  });

  test('a term used in a chapter and a recommendation lists both under "Used in", and each paragraph link lands on the paragraph that uses it', () => {
    const usedIn = dom('/glossary/untoc/mutual-legal-assistance/').querySelector('[aria-labelledby="used-in"]');
    const hrefs = [...(usedIn?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs).toContain('/recommendations/b1/');
    expect(hrefs).toContain('/glossary/cooperation-tools/');
    const paragraphs = hrefs.filter((href) => /^\/report\/[^/]+\/#p\d+-\d+$/.test(href));
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const href of paragraphs) {
      const [path, id] = href.split('#') as [string, string];
      const paragraph = dom(path).getElementById(id);
      expect(paragraph?.querySelector('a.term[href="/glossary/untoc/mutual-legal-assistance/"]'), href).not.toBeNull();
    }
  });

  test('a term page shows the provision in full, its legal force and a citation pinpointed to the provision', () => {
    const page = dom('/glossary/untoc/central-authority/');
    expect(page.querySelector('.entry-facts')?.textContent).toContain('Article 18(13)');
    expect(page.querySelector('.obligation')?.textContent).toBe('Mandatory');
    const oscola = [...page.querySelectorAll('pre[data-citation]')]
      .map((p) => p.textContent ?? '')
      .find((text) => text.includes(' art 18(13) '));
    expect(oscola).toMatch(
      /^Smuggling of Migrants and Organized Crime \(web edition\), Central authority \(Organized Crime Convention, Art\. 18\(13\)\)/,
    );
  });

  test('a provision whose wording was not verified says so instead of claiming a legal force', () => {
    const page = dom('/glossary/model-law/humanitarian-exemption/');
    expect(page.querySelector('.obligation')?.textContent).toBe('Not checked against the official text');
    expect(page.querySelector('.obligation--mandatory')).toBeNull();
  });

  test('a provision read in an authentic text names that text, states its force and drops the "secondary sources only" warning', () => {
    const page = dom('/glossary/som-protocol/vessels-without-nationality/');
    const note = page.querySelector('[data-verified-against]')?.textContent ?? '';
    expect(note).toContain(
      'The wording of Article 8(7) was checked against the English text of the Smuggling of Migrants Protocol',
    );
    expect(note).toContain('BWBV0001750');
    expect(page.body.textContent).not.toContain('checked only in sources that quote or restate it');
    expect(page.querySelector('.entry-facts')?.textContent).toContain("'shall take appropriate measures'");
    const training = dom('/glossary/untoc/training-and-technical-assistance/');
    expect(training.querySelector('.obligation')?.textContent).toBe('Mandatory');
  });

  test('term pages are tagged for search: type, instrument, a short label, and weighted title and aliases', () => {
    const page = html('/glossary/untoc/mutual-legal-assistance/');
    expect(page).toContain('data-pagefind-filter="type:glossary term"');
    expect(page).toContain('data-pagefind-filter="instrument:UNTOC"');
    expect(page).toContain('data-pagefind-meta="label:UNTOC art. 18"');
    expect(page).toMatch(/<h1[^>]*data-pagefind-weight="10"[^>]*>Mutual legal assistance<\/h1>/);
    expect(page).toMatch(/data-pagefind-weight="9"[^>]*>MLA · /);
  });
});

describe('terms in the chapters', () => {
  test('every term link points to an entry that exists', () => {
    for (const chapter of chapters) {
      for (const a of dom(chapter).querySelectorAll('a.term')) {
        const href = a.getAttribute('href') ?? '';
        expect(existsSync(file(href)), `${chapter} → ${href}`).toBe(true);
      }
    }
  });

  test('every definition button opens a definition that is on the page, and each definition appears once', () => {
    for (const chapter of chapters) {
      const page = dom(chapter);
      const popovers = [...page.querySelectorAll('[popover]')].map((p) => p.id);
      expect(new Set(popovers).size, chapter).toBe(popovers.length);
      for (const button of page.querySelectorAll('button.term-toggle')) {
        expect(popovers, chapter).toContain(button.getAttribute('popovertarget'));
      }
      for (const popover of page.querySelectorAll('[popover]')) {
        expect(popover.querySelector('a')?.getAttribute('href'), chapter).toMatch(
          /^\/glossary\/[a-z-]+\/[a-z0-9-]+\/$/,
        );
      }
    }
  });
});

describe('guides', () => {
  test('each comparison row cites a Smuggling Protocol article and a Trafficking Protocol article', () => {
    const rows = [...dom('/glossary/smuggling-or-trafficking/').querySelectorAll('table.comparison tbody tr')];
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) {
      const [smuggling, trafficking] = [...row.querySelectorAll('td')];
      expect(smuggling?.querySelector('a[href^="/glossary/som-protocol/"]')?.textContent, row.id).toMatch(
        /^SOM Protocol Art\. /,
      );
      expect(trafficking?.querySelector('a[href^="/glossary/tip-protocol/"]')?.textContent, row.id).toMatch(
        /^TIP Protocol Art\. /,
      );
    }
  });

  test('the cooperation guide sends evidence abroad to mutual legal assistance, a fugitive to extradition and a cross-border case to joint investigations', () => {
    const page = dom('/glossary/cooperation-tools/');
    const main = (id: string) => page.querySelector(`#${id} .tools a`)?.getAttribute('href');
    expect(main('evidence-abroad')).toBe('/glossary/untoc/mutual-legal-assistance/');
    expect(main('fugitive')).toBe('/glossary/untoc/extradition/');
    expect(main('cross-border-case')).toBe('/glossary/untoc/joint-investigations/');
  });
});
