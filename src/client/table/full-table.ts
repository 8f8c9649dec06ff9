/**
 * The full, sortable and filterable table of a dataset version, built in the browser when the reader
 * asks for it. The CSV is fetched, parsed, filtered and sorted in a Web Worker; this module only draws
 * the rows the worker sends back (at most MAX_RENDERED), so the page stays responsive at any size.
 */
import type { TableRequest, TableResponse } from './csv-worker.ts';

interface Column {
  name: string;
  title: string;
  type: string;
}
type Strings = Record<'filter' | 'loading' | 'error' | 'count' | 'limited' | 'sortBy' | 'caption' | 'gap', string>;

/** Rows drawn at once (more make a long task on a phone); filtering narrows larger tables. */
const MAX_RENDERED = 250;
/** Text longer than this makes a column wide enough to keep rows short (as in the preview). */
const LONG_TEXT = 40;
const NUMBER_FORMAT = new Intl.NumberFormat('en');

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

const isNumeric = (column: Column) => column.type === 'integer' || column.type === 'number' || column.type === 'year';

/** The table's worker: `answer` waits for the message that answers a request, or for an error. */
function startWorker(): {
  send: (request: TableRequest) => void;
  answer: (matches: (message: TableResponse) => boolean) => Promise<TableResponse>;
} {
  const worker = new Worker(new URL('./csv-worker.ts', import.meta.url), { type: 'module' });
  const listeners = new Set<(message: TableResponse) => void>();
  worker.addEventListener('message', (event: MessageEvent<TableResponse>) =>
    listeners.forEach((listener) => listener(event.data)),
  );
  worker.addEventListener('error', (event) =>
    listeners.forEach((listener) => listener({ type: 'error', message: event.message })),
  );
  return {
    send: (request) => worker.postMessage(request),
    answer: (matches) =>
      new Promise((resolve) => {
        const listener = (message: TableResponse) => {
          if (!matches(message) && message.type !== 'error') return;
          listeners.delete(listener);
          resolve(message);
        };
        listeners.add(listener);
      }),
  };
}

/** Replaces the preview inside `root` with the full table of the CSV at `root.dataset.csv`. */
export async function showFullTable(root: HTMLElement): Promise<void> {
  const columns = JSON.parse(root.dataset.columns ?? '[]') as Column[];
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  /** Source codes listed on the page: a cell of the source column holding one links to its entry. */
  const sourceCodes = new Set(JSON.parse(root.dataset.sourceCodes ?? '[]') as string[]);
  const uid = `full-${Math.random().toString(36).slice(2, 8)}`;

  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'full-table-status';
  status.textContent = strings.loading;
  root.append(status);

  const worker = startWorker();
  worker.send({ type: 'load', url: root.dataset.csv ?? '', numeric: columns.map(isNumeric), longText: LONG_TEXT });
  const loaded = await worker.answer((message) => message.type === 'loaded');
  if (loaded.type !== 'loaded') {
    status.textContent = strings.error;
    return;
  }
  const total = loaded.total;

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
    else if (loaded.longColumns[index]) th.className = 'long';
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
      void render();
    });
    th.append(button);
    headRow.append(th);
    return { th, arrow };
  });

  const display = (column: Column, value: string) => {
    if (value === '') return null;
    if ((column.type === 'integer' || column.type === 'number') && value !== '')
      return NUMBER_FORMAT.format(Number(value));
    return value;
  };

  /** The newest request: an answer to an older one (the reader typed on) is dropped. */
  let latest = 0;
  async function render() {
    const id = ++latest;
    const answer = worker.answer((message) => message.type === 'view' && message.id === id);
    worker.send({ type: 'view', id, needle: input.value, sortIndex, descending, limit: MAX_RENDERED });
    const view = await answer;
    if (view.type !== 'view') {
      status.textContent = strings.error;
      return;
    }
    if (view.id !== latest) return;
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
    for (const row of view.rows) {
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
        } else if (column.name === 'source_id' && sourceCodes.has(text)) {
          const link = document.createElement('a');
          link.className = 'source-code';
          link.href = `#source-${text}`;
          const code = document.createElement('code');
          code.textContent = text;
          link.append(code);
          td.append(link);
        } else {
          td.textContent = text;
        }
        tr.append(td);
      });
      fragment.append(tr);
    }
    tbody.replaceChildren(fragment);
    status.textContent =
      view.matched > MAX_RENDERED
        ? fill(strings.limited, {
            shown: NUMBER_FORMAT.format(MAX_RENDERED),
            total: NUMBER_FORMAT.format(view.matched),
          })
        : fill(strings.count, { shown: NUMBER_FORMAT.format(view.matched), total: NUMBER_FORMAT.format(total) });
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void render(), 150);
  });

  const preview = root.querySelector<HTMLElement>('[data-preview]');
  if (preview) preview.hidden = true;
  root.insertBefore(form, status);
  root.insertBefore(region, status);
  await render();
  input.focus();
}
