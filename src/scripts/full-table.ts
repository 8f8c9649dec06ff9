/**
 * The full, sortable and filterable table of a dataset version, built in the browser when the reader
 * asks for it. The CSV is fetched and parsed in a Web Worker; this module only renders.
 */
import type { CsvResponse } from './csv-worker.ts';

interface Column {
  name: string;
  title: string;
  type: string;
}
type Strings = Record<'filter' | 'loading' | 'error' | 'count' | 'limited' | 'sortBy' | 'caption' | 'gap', string>;

/** Rows drawn at once; filtering narrows larger tables. */
const MAX_RENDERED = 1000;
/** Text longer than this makes a column wide enough to keep rows short (as in the preview). */
const LONG_TEXT = 40;
const NUMBER_FORMAT = new Intl.NumberFormat('en');

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

const isNumeric = (column: Column) => column.type === 'integer' || column.type === 'number' || column.type === 'year';

/** Fetches and parses the CSV in a worker. */
function loadRows(url: string): Promise<CsvResponse> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./csv-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<CsvResponse>) => {
      resolve(event.data);
      worker.terminate();
    });
    worker.addEventListener('error', (event) => {
      resolve({ ok: false, message: event.message });
      worker.terminate();
    });
    worker.postMessage({ url });
  });
}

/** Replaces the preview inside `root` with the full table of the CSV at `root.dataset.csv`. */
export async function showFullTable(root: HTMLElement): Promise<void> {
  const columns = JSON.parse(root.dataset.columns ?? '[]') as Column[];
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const uid = `full-${Math.random().toString(36).slice(2, 8)}`;

  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'full-table-status';
  status.textContent = strings.loading;
  root.append(status);

  const result = await loadRows(root.dataset.csv ?? '');
  if (!result.ok) {
    status.textContent = strings.error;
    return;
  }
  const rows = result.rows;
  const total = rows.length;

  const form = document.createElement('div');
  form.className = 'full-table-filter';
  const label = document.createElement('label');
  label.htmlFor = `${uid}-filter`;
  label.textContent = strings.filter;
  const input = document.createElement('input');
  input.type = 'search';
  input.id = `${uid}-filter`;
  input.autocomplete = 'off';
  form.append(label, input);

  const region = document.createElement('div');
  region.className = 'table-scroll full-table';
  region.tabIndex = 0;
  region.setAttribute('role', 'region');
  region.setAttribute('aria-labelledby', `${uid}-caption`);
  const table = document.createElement('table');
  table.className = 'data-table';
  const caption = table.createCaption();
  caption.id = `${uid}-caption`;
  caption.textContent = fill(strings.caption, { total: NUMBER_FORMAT.format(total) });
  const headRow = table.createTHead().insertRow();
  const tbody = table.createTBody();
  region.append(table);

  let sortIndex = -1;
  let descending = false;
  const headers = columns.map((column, index) => {
    const th = document.createElement('th');
    th.scope = 'col';
    if (isNumeric(column)) th.className = 'num';
    else if (rows.some((row) => (row[index] ?? '').length > LONG_TEXT)) th.className = 'long';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.setAttribute('aria-label', fill(strings.sortBy, { column: column.title }));
    const title = document.createElement('span');
    title.textContent = column.title;
    const arrow = document.createElement('span');
    arrow.setAttribute('aria-hidden', 'true');
    arrow.className = 'sort-arrow';
    arrow.textContent = '↕';
    button.append(title, arrow);
    button.addEventListener('click', () => {
      descending = sortIndex === index ? !descending : false;
      sortIndex = index;
      render();
    });
    th.append(button);
    headRow.append(th);
    return { th, arrow };
  });

  const display = (column: Column, value: string) => {
    if (value === '') return null;
    if ((column.type === 'integer' || column.type === 'number') && value !== '') return NUMBER_FORMAT.format(Number(value));
    return value;
  };

  function render() {
    const needle = input.value.trim().toLowerCase();
    let shown = needle ? rows.filter((row) => row.some((cell) => cell.toLowerCase().includes(needle))) : [...rows];
    if (sortIndex >= 0) {
      const column = columns[sortIndex];
      const numeric = column ? isNumeric(column) : false;
      shown = shown.sort((a, b) => {
        const x = a[sortIndex] ?? '';
        const y = b[sortIndex] ?? '';
        // Gaps go last whichever the direction.
        if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
        const order = numeric ? Number(x) - Number(y) : x.localeCompare(y, 'en');
        return descending ? -order : order;
      });
    }
    headers.forEach(({ th, arrow }, index) => {
      if (index === sortIndex) {
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        arrow.textContent = descending ? '↓' : '↑';
      } else {
        th.removeAttribute('aria-sort');
        arrow.textContent = '↕';
      }
    });
    const fragment = document.createDocumentFragment();
    for (const row of shown.slice(0, MAX_RENDERED)) {
      const tr = document.createElement('tr');
      columns.forEach((column, index) => {
        const td = document.createElement('td');
        if (isNumeric(column) && column.type !== 'year') td.className = 'num';
        else if (column.type === 'date') td.className = 'date';
        const text = display(column, row[index] ?? '');
        if (text === null) {
          td.classList.add('gap');
          const dash = document.createElement('span');
          dash.setAttribute('aria-hidden', 'true');
          dash.textContent = '–';
          const hidden = document.createElement('span');
          hidden.className = 'visually-hidden';
          hidden.textContent = strings.gap;
          td.append(dash, hidden);
        } else {
          td.textContent = text;
        }
        tr.append(td);
      });
      fragment.append(tr);
    }
    tbody.replaceChildren(fragment);
    status.textContent =
      shown.length > MAX_RENDERED
        ? fill(strings.limited, { shown: NUMBER_FORMAT.format(MAX_RENDERED), total: NUMBER_FORMAT.format(shown.length) })
        : fill(strings.count, { shown: NUMBER_FORMAT.format(shown.length), total: NUMBER_FORMAT.format(total) });
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(render, 150);
  });

  const preview = root.querySelector<HTMLElement>('[data-preview]');
  if (preview) preview.hidden = true;
  root.insertBefore(form, status);
  root.insertBefore(region, status);
  render();
  input.focus();
}
