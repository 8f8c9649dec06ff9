/**
 * Arabic spelling variants for search. Pagefind stems Arabic pages and queries with the Snowball Arabic
 * stemmer, which already drops short vowels (tashkeel), tatweel and the hamza of أ إ آ, and strips the
 * article from most nouns. It does not treat ى as ي, nor a final ه as ة in every word, and a word that
 * begins with a letter it reads as a prefix (فساد: ف "and") is stemmed otherwise than the same word
 * after the article (الفساد). So the build indexes, for every Arabic page, the page's words written one
 * way (`normalizeArabic`) and without their article, and the search page writes the reader's query the
 * same way before searching: whichever spelling is typed, it meets one spelling in the index.
 */

/** Short vowels and other marks (U+064B–U+065F, superscript alef U+0670) and tatweel (U+0640). */
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/**
 * Arabic text written one way: no tashkeel or tatweel; أ إ آ ٱ as ا; ى as ي; ة as ه. Other text is
 * returned unchanged.
 */
export function normalizeArabic(text: string): string {
  return text
    .normalize('NFC')
    .replace(MARKS, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647');
}

/** A particle written with the article (و، ف، ب، ك), the article (ال) or لل, before at least two letters. */
const ARTICLE = /^([وفبك]?)(ال|لل)(?=[\u0621-\u064A]{2})/;

/**
 * The words of Arabic text (letters only), each once, written one way, and again without their article
 * (بالاشخاص: also اشخاص and باشخاص), as a reader may type them.
 */
export function arabicSearchWords(text: string): string[] {
  const words = new Set<string>();
  for (const word of normalizeArabic(text).match(/[\u0621-\u064A]+/g) ?? []) {
    words.add(word);
    const match = ARTICLE.exec(word);
    if (!match) continue;
    const bare = word.slice(match[0].length);
    words.add(bare);
    if (match[1]) words.add(`${match[1]}${bare}`);
  }
  return [...words];
}

/** A query as the search page sends it to the index of `lang`: Arabic written as the index has it. */
export const searchQuery = (query: string, lang: string): string => (lang === 'ar' ? normalizeArabic(query) : query);
