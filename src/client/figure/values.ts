/**
 * A chart's values on tap, click and keyboard. Every mark of a chart (a dot, a bar, a country) carries its
 * value in a `<title>`, which a mouse shows on hover but a finger or a keyboard never does. Here each chart
 * becomes one tab stop: the arrow keys move from mark to mark (Home and End go to the first and the last),
 * Escape closes; a tap or click shows the mark nearest to the finger. The value appears in a box next to
 * the mark and is read out by screen readers (a polite live region). Without JavaScript the data table
 * under each chart gives the same values.
 */

/** How far from a mark (px) a tap still picks it: marks are small dots. */
const REACH = 24;

/** The marks of a chart: the elements that carry a `<title>` of their own (not the chart's). */
const marksOf = (svg: SVGSVGElement): SVGElement[] =>
  [...svg.querySelectorAll('title')]
    .map((title): Node | null => title.parentNode)
    .filter((el): el is SVGElement => el instanceof SVGElement && el !== svg);

function enhance(holder: HTMLElement): void {
  const svg = holder.querySelector<SVGSVGElement>('svg.plot');
  if (!svg) return;
  const marks = marksOf(svg);
  if (marks.length === 0) return;
  const tip = document.createElement('div');
  tip.className = 'chart-value';
  tip.hidden = true;
  tip.setAttribute('aria-live', 'polite');
  holder.append(tip);
  holder.tabIndex = 0;
  holder.setAttribute('role', 'group');
  holder.setAttribute('aria-label', holder.dataset.valuesLabel ?? '');
  let current = -1;

  const hide = () => {
    marks[current]?.classList.remove('is-current');
    current = -1;
    tip.hidden = true;
    tip.textContent = '';
  };
  const show = (index: number) => {
    marks[current]?.classList.remove('is-current');
    current = (index + marks.length) % marks.length;
    const mark = marks[current];
    if (!mark) return;
    mark.classList.add('is-current');
    tip.textContent = mark.querySelector('title')?.textContent ?? '';
    tip.hidden = false;
    // Above the mark, kept inside the chart's box (the box is the positioning context).
    const box = holder.getBoundingClientRect();
    const at = mark.getBoundingClientRect();
    const x = at.left + at.width / 2 - box.left;
    const half = tip.offsetWidth / 2;
    tip.style.insetInlineStart = '';
    tip.style.left = `${Math.min(Math.max(x - half, 0), Math.max(box.width - tip.offsetWidth, 0))}px`;
    const above = at.top - box.top - tip.offsetHeight - 8;
    tip.style.top = `${above >= 0 ? above : at.bottom - box.top + 8}px`;
  };

  holder.addEventListener('keydown', (event) => {
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowDown: current + 1,
      ArrowLeft: current < 0 ? marks.length - 1 : current - 1,
      ArrowUp: current < 0 ? marks.length - 1 : current - 1,
      Home: 0,
      End: marks.length - 1,
    };
    if (event.key === 'Escape' && current >= 0) {
      hide();
      event.preventDefault();
      return;
    }
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    show(next);
  });
  holder.addEventListener('blur', (event) => {
    if (!holder.contains(event.relatedTarget as Node | null)) hide();
  });
  svg.addEventListener('click', (event) => {
    let best = -1;
    let bestDistance = REACH;
    marks.forEach((mark, i) => {
      const r = mark.getBoundingClientRect();
      const d = Math.hypot(
        Math.max(r.left - event.clientX, 0, event.clientX - r.right),
        Math.max(r.top - event.clientY, 0, event.clientY - r.bottom),
      );
      if (d < bestDistance) {
        best = i;
        bestDistance = d;
      }
    });
    if (best >= 0 && best !== current) show(best);
    else hide();
  });
}

for (const holder of document.querySelectorAll<HTMLElement>('[data-chart-values]')) enhance(holder);
