/**
 * The "Save for offline" control. Nothing happens until the reader presses Save: only then is the
 * language edition's service worker registered (it precaches the edition's pages, scripts and search
 * index). Pressing Remove unregisters it and deletes its caches. When a worker is already there, the
 * control says which edition it holds (read from the edition file it precached) and, when the page is a
 * newer edition, asks the browser to fetch the new worker, which replaces the old copy.
 */

interface Held {
  version: string;
  date: string;
}

/** The page's language for dates, written as the site writes them (28 November 2026). */
const locale = () => {
  const lang = document.documentElement.lang || 'en';
  return lang === 'en' ? 'en-GB' : lang;
};

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

/** The edition the offline copy holds, from its precached edition file; undefined when nothing is stored. */
async function heldEdition(file: string): Promise<Held | undefined> {
  if (!('caches' in window)) return undefined;
  const response = await caches.match(new URL(file, location.href).href, { ignoreSearch: true });
  if (!response) return undefined;
  const data = (await response.json()) as Partial<Held>;
  return typeof data.version === 'string' && typeof data.date === 'string'
    ? { version: data.version, date: data.date }
    : undefined;
}

/** Resolves once the registration has an active worker. */
function activated(registration: ServiceWorkerRegistration): Promise<void> {
  if (registration.active && !registration.installing && !registration.waiting) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const worker = registration.installing ?? registration.waiting ?? registration.active;
    if (!worker) {
      resolve();
      return;
    }
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve();
      if (worker.state === 'redundant') reject(new Error('the browser stopped the download'));
    });
  });
}

function start(root: HTMLElement): void {
  const d = root.dataset;
  const worker = d['worker'] ?? '';
  const scope = d['scope'] ?? '/';
  const editionFile = d['editionFile'] ?? '';
  const prefix = d['cachePrefix'] ?? '';
  const found = {
    status: root.querySelector<HTMLElement>('[data-offline-status]'),
    save: root.querySelector<HTMLButtonElement>('[data-offline-save]'),
    remove: root.querySelector<HTMLButtonElement>('[data-offline-remove]'),
  };
  if (!found.status || !found.save || !found.remove) return;
  const { status, save, remove } = found as { status: HTMLElement; save: HTMLButtonElement; remove: HTMLButtonElement };
  root.hidden = false;
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    status.textContent = d['unsupported'] ?? '';
    save.hidden = true;
    return;
  }

  const registration = () => navigator.serviceWorker.getRegistration(scope);

  async function show(): Promise<void> {
    const reg = await registration();
    const held = reg ? await heldEdition(editionFile) : undefined;
    save.hidden = Boolean(reg);
    remove.hidden = !reg;
    root.dataset['state'] = reg ? (held ? 'saved' : 'saving') : 'none';
    if (!reg) return;
    if (!held) {
      status.textContent = d['saving'] ?? '';
      return;
    }
    const date = new Intl.DateTimeFormat(locale(), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${held.date}T00:00:00Z`));
    status.textContent = fill(d['savedTemplate'] ?? '', { version: held.version, date });
    if (held.version !== d['version']) {
      // The page is a newer edition than the copy: fetch the new worker, which stores the new edition.
      status.textContent = d['updating'] ?? '';
      root.dataset['state'] = 'updating';
      await reg.update();
    }
  }

  const onSave = async () => {
    save.disabled = true;
    status.textContent = d['saving'] ?? '';
    root.dataset['state'] = 'saving';
    try {
      const reg = await navigator.serviceWorker.register(worker, { scope });
      await activated(reg);
      await show();
      remove.focus();
    } catch (error) {
      status.textContent = fill(d['failedTemplate'] ?? '', {
        reason: error instanceof Error ? error.message : String(error),
      });
      root.dataset['state'] = 'failed';
    } finally {
      save.disabled = false;
    }
  };
  save.addEventListener('click', () => void onSave());

  const onRemove = async () => {
    remove.disabled = true;
    const reg = await registration();
    if (reg) await reg.unregister();
    for (const name of await caches.keys()) if (name.startsWith(prefix)) await caches.delete(name);
    remove.disabled = false;
    save.hidden = false;
    remove.hidden = true;
    status.textContent = d['removed'] ?? '';
    root.dataset['state'] = 'removed';
    save.focus();
  };
  remove.addEventListener('click', () => void onRemove());

  navigator.serviceWorker.addEventListener('controllerchange', () => void show());
  void show();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-save-offline]')) start(root);
