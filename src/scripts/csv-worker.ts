/// <reference lib="webworker" />
/**
 * Web Worker: fetches a released CSV and parses it with PapaParse off the main thread. PapaParse is
 * imported only here, so it is downloaded only when a reader asks for the full table.
 */
export interface CsvRequest {
  url: string;
}
export type CsvResponse = { ok: true; header: string[]; rows: string[][] } | { ok: false; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', async (event: MessageEvent<CsvRequest>) => {
  try {
    const [{ default: Papa }, response] = await Promise.all([import('papaparse'), fetch(event.data.url)]);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const parsed = Papa.parse<string[]>(await response.text(), { header: false, skipEmptyLines: true });
    const [header = [], ...rows] = parsed.data;
    scope.postMessage({ ok: true, header, rows } satisfies CsvResponse);
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies CsvResponse);
  }
});
