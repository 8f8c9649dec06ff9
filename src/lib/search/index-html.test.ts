import { describe, expect, test } from 'vitest';
import { separateBlocks } from './index-html.ts';

describe('separateBlocks', () => {
  test('puts a space between the texts of adjacent term-list and table-header elements', () => {
    expect(separateBlocks('<dl><div><dt>Geographic coverage</dt><dd>Central Mediterranean</dd></div></dl>')).toBe(
      ' <dl><div> <dt>Geographic coverage </dt> <dd>Central Mediterranean </dd></div> </dl>',
    );
    expect(separateBlocks('<tr><th scope="col">Year</th><th>Route</th></tr>')).toBe(
      ' <tr> <th scope="col">Year </th> <th>Route </th> </tr>',
    );
    expect(separateBlocks('<table><caption>Arrivals</caption><thead>')).toBe(
      ' <table> <caption>Arrivals </caption> <thead>',
    );
  });

  test('leaves other tags, and words that merely begin like a tag name, alone', () => {
    const html = '<p>A <em>dd</em><span>th</span><details-list>x</details-list><dtx>y</dtx><td>z</td><li>w</li></p>';
    expect(separateBlocks(html)).toBe(html);
  });
});
