/**
 * Header search, on every page: "/" puts the cursor in the search field (unless the reader is typing
 * in a field), and the first focus of the field starts loading the search index, so results come
 * quickly on the search page. The form itself is a plain GET form to /search/?q=… and needs no script.
 */
import { loadPagefind } from './pagefind.ts';

/** Whether a key press happens while the reader types in a field, where "/" is a character. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null);

document.addEventListener('keydown', (event) => {
  if (
    event.key !== '/' ||
    event.ctrlKey ||
    event.metaKey ||
    event.altKey ||
    event.defaultPrevented ||
    typing(event.target)
  )
    return;
  const field = document.querySelector<HTMLInputElement>('[data-search-field]');
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.select();
});

for (const field of document.querySelectorAll<HTMLInputElement>('[data-search-field][data-search-preload]')) {
  field.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
}
