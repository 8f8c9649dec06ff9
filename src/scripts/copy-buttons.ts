/**
 * Progressive enhancement for copy buttons. Each button is rendered `hidden` with `data-copy-label` and
 * `data-copied-label`; where the Clipboard API exists it is shown, copies `textOf(button)` when clicked
 * and says "Copied" for two seconds. Without it the text stays on the page to select by hand.
 */
export function enableCopyButtons(selector: string, textOf: (button: HTMLButtonElement) => string | undefined): void {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>(selector)) {
    if (textOf(button) === undefined) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(textOf(button) ?? '');
      // The first text node is the visible label; a visually hidden span after it names what is copied.
      const label = button.firstChild;
      if (label) label.textContent = button.dataset.copiedLabel ?? '';
      setTimeout(() => {
        if (label) label.textContent = button.dataset.copyLabel ?? '';
      }, 2000);
    });
  }
}

/** The text of the `<pre>` next to a button. */
export const preBeside = (button: HTMLButtonElement): string | undefined => button.parentElement?.querySelector('pre')?.textContent ?? undefined;
