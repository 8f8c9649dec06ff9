/**
 * The language switcher keeps the reader's place: a link to this page in another language takes the
 * fragment of the current address with it (`#p3-2` is the same paragraph in every language).
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-fragment]')) {
  link.addEventListener('click', () => {
    const target = new URL(link.href);
    target.hash = window.location.hash;
    link.href = target.href;
  });
}
