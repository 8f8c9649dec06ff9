/// <reference lib="webworker" />
/**
 * Web Worker behind the full table of a dataset version: fetches the released CSV, parses it with
 * PapaParse, keeps the rows, and filters and sorts them on request, sending back only the rows to draw.
 * A table of any size therefore never blocks the page. PapaParse is imported only here, so it is
 * downloaded only when a reader asks for the full table.
 */
import { TableRows, type View, type ViewRequest } from './view.ts';

export type TableRequest =
  | { type: 'load'; url: string; numeric: boolean[]; longText: number }
  | ({ type: 'view'; id: number } & ViewRequest);
export type TableResponse =
  | { type: 'loaded'; total: number; longColumns: boolean[] }
  | ({ type: 'view'; id: number } & View)
  | { type: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
let table: TableRows | undefined;

const reply = (message: TableResponse) => scope.postMessage(message);

/** Answers one request; every failure is sent back as an error message. */
async function handle(event: MessageEvent<TableRequest>): Promise<void> {
  const request = event.data;
  try {
    if (request.type === 'load') {
      const [{ default: Papa }, response] = await Promise.all([import('papaparse'), fetch(request.url)]);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const parsed = Papa.parse<string[]>(await response.text(), { header: false, skipEmptyLines: true });
      const [header = [], ...rows] = parsed.data;
      table = new TableRows(rows, request.numeric);
      reply({ type: 'loaded', total: table.total, longColumns: table.longColumns(header.length, request.longText) });
    } else if (table) {
      reply({ type: 'view', id: request.id, ...table.view(request) });
    }
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

scope.addEventListener('message', (event: MessageEvent<TableRequest>) => void handle(event));
