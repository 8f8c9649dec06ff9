import { describe, expect, test } from 'vitest';
import { budgets, measurePage, overBudget } from '../scripts/lib/page-weight.ts';
import { builtSite, sitePages } from './support/site.ts';

const dist = builtSite();

describe('page-weight budgets (gzip bytes, as served)', () => {
  test(`every page stays within budget: JS ≤ ${budgets.js}, CSS ≤ ${budgets.css}, chapters ≤ ${budgets.chapter}, other pages ≤ ${budgets.page}`, () => {
    const problems = sitePages(dist).flatMap((page) => overBudget(measurePage(dist, page)));
    expect(problems).toEqual([]);
  });
});
