import pptxgen from 'pptxgenjs';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { zipFiles } from '#src/lib/downloads/formats.ts';

/**
 * Slide decks written with pptxgenjs (PowerPoint, LibreOffice Impress and Google Slides open them). A deck
 * is described first as plain data (`DeckSpec`: slides with their text, image and speaker notes), so the
 * content can be checked without opening a file, then written by `writeDeck`, which fixes every date in
 * the file (the document's creation date and the ZIP entry times are the edition's date): the same
 * content gives the same bytes at every build.
 */

/** Text with one phrase set in bold (a recommendation's emphasis, as the paper sets it). */
export interface RichText {
  before: string;
  bold?: string;
  after?: string;
}

/** One slide. Every slide has speaker notes: the citation of what it shows. */
export type Slide =
  | { kind: 'title'; title: string; subtitle: string; lines: string[]; notes: string }
  /**
   * The paper's words (a finding or a recommendation), with the label that says so and the address they
   * are at. In a translated deck the words stay in English (`textLang`) and the web edition's unofficial
   * translation follows them under its own label.
   */
  | {
      kind: 'quote';
      heading: string;
      label: string;
      text: RichText;
      address: string;
      notes: string;
      translation?: { label: string; text: RichText } | undefined;
    }
  /** A figure: its PNG (with its own title, source and data version drawn in) and the same lines as text. */
  | { kind: 'figure'; heading: string; png: Uint8Array; lines: string[]; notes: string }
  /** A list: the sources slide. */
  | { kind: 'list'; heading: string; items: string[]; notes: string };

export interface DeckSpec {
  /** Language of the text (BCP 47), set on every text run. */
  lang: string;
  /** Right to left (Arabic): every box mirrored, the text set right to left and aligned right. */
  rtl?: boolean;
  /** Language of the paper's words on quote slides, when it differs from `lang` (English, in a translated deck). */
  quoteLang?: string;
  title: string;
  subject: string;
  author: string;
  company: string;
  /** The edition's date (YYYY-MM-DD): the file's creation and modification date. */
  date: string;
  /** Small line at the foot of every slide but the first (site name and edition). */
  footer: string;
  slides: Slide[];
}

/** Slide size: 16:9, 13.33 × 7.5 inches. */
const W = 13.333;
const H = 7.5;
const M = 0.6;
const INK = '1F2933';
const MUTED = '52606D';
const ACCENT = '1F5F8B';
const FONT = 'Arial';

/** Width and height in pixels of a PNG, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (png.byteLength < 24 || view.getUint32(12) !== 0x49484452) throw new Error('Not a PNG file (no IHDR chunk)');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** A font size that keeps a passage of this length inside the text box. */
export const quoteSize = (chars: number) => (chars <= 180 ? 28 : chars <= 320 ? 24 : chars <= 480 ? 21 : 18);

/** Height in inches of a passage set at `size` points in a box `width` inches wide (Arial's average letter is about half its size), with room to spare. */
export function quoteHeight(chars: number, size: number, width: number): number {
  const perLine = Math.floor((width * 72) / (size * 0.5));
  const lines = Math.ceil(chars / perLine) + 1;
  return Math.min(4.3, Math.max(1, (lines * size * 1.1 * 1.2) / 72));
}

/** Characters of a passage. */
const length = (text: RichText) => text.before.length + (text.bold?.length ?? 0) + (text.after?.length ?? 0);

/** Height available on a quote slide between the label (1.85 in) and the address (6.3 in). */
const QUOTE_ROOM = 4.35;

/**
 * Font size and box heights of a quotation and, in a translated deck, its translation with its label:
 * the largest size of {@link quoteSize} at which both fit in {@link QUOTE_ROOM}.
 */
export function quoteLayout(
  quote: number,
  translation: number | undefined,
  width: number,
): { size: number; quoteH: number; translationH: number } {
  if (translation === undefined) {
    const size = quoteSize(quote);
    return { size, quoteH: quoteHeight(quote, size, width), translationH: 0 };
  }
  const label = 0.4;
  let size = quoteSize(quote + translation);
  for (; size > 11; size -= 1) {
    const quoteH = quoteHeight(quote, size, width);
    const translationH = quoteHeight(translation, size, width);
    if (quoteH + label + translationH <= QUOTE_ROOM) return { size, quoteH, translationH };
  }
  return { size, quoteH: quoteHeight(quote, size, width), translationH: quoteHeight(translation, size, width) };
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function addSlide(pres: pptxgen, spec: DeckSpec, slide: Slide, index: number): void {
  const page = pres.addSlide();
  const rtl = spec.rtl === true;
  /** A box placed from the left edge, mirrored from the right edge in a right-to-left deck. */
  const mirror = <O extends object>(o: O): O => {
    const box = o as { x?: unknown; w?: unknown; align?: unknown };
    if (!rtl || typeof box.x !== 'number' || typeof box.w !== 'number') return o;
    const align = box.align === 'right' ? 'left' : box.align === 'center' ? 'center' : 'right';
    return { ...o, x: W - box.x - box.w, align };
  };
  // In right-to-left text an address's closing "/" would move to the start of the line: a left-to-right
  // mark after each address keeps it at the end.
  const marked = (value: string) => (rtl ? value.replace(/https?:\/\/\S+/g, (url) => `${url}\u200e`) : value);
  const s = {
    addText: (value: string | pptxgen.TextProps[], o: pptxgen.TextPropsOptions) =>
      page.addText(
        typeof value === 'string' ? marked(value) : value.map((run) => ({ ...run, text: marked(run.text ?? '') })),
        mirror(o),
      ),
    addShape: (shape: pptxgen.ShapeType, o: pptxgen.ShapeProps) => page.addShape(shape, mirror(o)),
    addImage: (o: pptxgen.ImageProps) => page.addImage(mirror({ ...o, x: Number(o.x), w: Number(o.w) })),
  };
  // pptxgenjs sets a paragraph's direction from its first run: every run of the deck's language carries it.
  const own = rtl ? { rtlMode: true } : {};
  const text = { fontFace: FONT, color: INK, lang: spec.lang, margin: 0, ...own } as const;
  /** The paper's words: in English (left to right) in a translated deck. */
  const quoted = {
    ...text,
    lang: spec.quoteLang ?? spec.lang,
    rtlMode: rtl && spec.quoteLang === undefined,
  } as const;
  const heading = (value: string) =>
    s.addText(value, {
      ...text,
      x: M,
      y: 0.4,
      w: W - 2 * M,
      h: 0.9,
      fontSize: 26,
      bold: true,
      color: ACCENT,
      valign: 'top',
    });
  if (index > 0) {
    s.addText(spec.footer, { ...text, x: M, y: H - 0.45, w: W - 2 * M - 1, h: 0.3, fontSize: 10, color: MUTED });
    s.addText(String(index + 1), {
      ...text,
      x: W - M - 0.8,
      y: H - 0.45,
      w: 0.8,
      h: 0.3,
      fontSize: 10,
      color: MUTED,
      align: 'right',
    });
  }
  switch (slide.kind) {
    case 'title': {
      s.addShape(pres.ShapeType.rect, { x: 0, y: 0, w: W, h: 0.18, fill: { color: ACCENT }, line: { color: ACCENT } });
      s.addText(slide.title, { ...text, x: M, y: 1.1, w: W - 2 * M, h: 1.4, fontSize: 36, bold: true, valign: 'top' });
      s.addText(slide.subtitle, {
        ...text,
        x: M,
        y: 2.6,
        w: W - 2 * M,
        h: 1.0,
        fontSize: 22,
        color: ACCENT,
        valign: 'top',
      });
      s.addText(
        slide.lines.map((line, i) => ({
          text: line,
          options: { ...own, breakLine: i < slide.lines.length - 1, paraSpaceAfter: 8 },
        })),
        { ...text, x: M, y: 3.8, w: W - 2 * M, h: 3.1, fontSize: 15, valign: 'top' },
      );
      break;
    }
    case 'quote': {
      heading(slide.heading);
      s.addText(slide.label, { ...text, x: M, y: 1.35, w: W - 2 * M, h: 0.4, fontSize: 14, bold: true, color: MUTED });
      const width = W - 2 * M - 0.35;
      const { size, quoteH, translationH } = quoteLayout(
        length(slide.text),
        slide.translation ? length(slide.translation.text) : undefined,
        width,
      );
      const runs = (value: RichText, direction: object) =>
        [
          { text: value.before, options: { ...direction } },
          ...(value.bold ? [{ text: value.bold, options: { ...direction, bold: true } }] : []),
          ...(value.after ? [{ text: value.after, options: { ...direction } }] : []),
        ].filter((run) => run.text !== '');
      const bar = (y: number, h: number) =>
        s.addShape(pres.ShapeType.rect, { x: M, y, w: 0.08, h, fill: { color: ACCENT }, line: { color: ACCENT } });
      bar(1.85, quoteH);
      // The paper's words keep their own direction: English runs left to right, even in an Arabic deck.
      page.addText(runs(slide.text, quoted.rtlMode ? own : {}), {
        ...quoted,
        ...(rtl
          ? { x: M, w: width, align: spec.quoteLang === undefined ? 'right' : 'left' }
          : { x: M + 0.35, w: width }),
        y: 1.85,
        h: quoteH,
        fontSize: size,
        valign: 'top',
        lineSpacingMultiple: 1.1,
      });
      if (slide.translation) {
        const y = 1.85 + quoteH + 0.05;
        s.addText(slide.translation.label, {
          ...text,
          x: M + 0.35,
          y,
          w: width,
          h: 0.35,
          fontSize: 13,
          bold: true,
          color: MUTED,
        });
        s.addText(runs(slide.translation.text, own), {
          ...text,
          x: M + 0.35,
          y: y + 0.4,
          w: width,
          h: translationH,
          fontSize: size,
          valign: 'top',
          lineSpacingMultiple: 1.1,
        });
      }
      s.addText(slide.address, { ...text, x: M, y: 6.3, w: W - 2 * M, h: 0.5, fontSize: 13, color: MUTED });
      break;
    }
    case 'figure': {
      // The PNG carries its own title, source and data version: it takes the slide's height on the left,
      // and the heading and the same lines as text sit beside it (below it when the image is wide).
      const { width, height } = pngSize(slide.png);
      const wide = width / height > 1.6;
      const lines = slide.lines.map((line, i) => ({
        text: line,
        options: { ...own, breakLine: i < slide.lines.length - 1, paraSpaceAfter: 6 },
      }));
      const image = { data: `image/png;base64,${base64(slide.png)}`, altText: slide.heading };
      if (wide) {
        heading(slide.heading);
        const linesH = 0.3 * slide.lines.length + 0.1;
        const boxW = W - 2 * M;
        const boxH = H - 1.35 - 0.6 - linesH;
        const scale = Math.min(boxW / width, boxH / height);
        s.addImage({ ...image, x: M + (boxW - width * scale) / 2, y: 1.3, w: width * scale, h: height * scale });
        s.addText(lines, {
          ...text,
          x: M,
          y: 1.35 + boxH,
          w: boxW,
          h: linesH,
          fontSize: 12,
          color: MUTED,
          valign: 'top',
        });
      } else {
        const boxH = H - 0.35 - 0.6;
        const scale = Math.min(8.4 / width, boxH / height);
        const w = width * scale;
        s.addImage({ ...image, x: M, y: 0.35 + (boxH - height * scale) / 2, w, h: height * scale });
        const x = M + w + 0.4;
        s.addText(slide.heading, {
          ...text,
          x,
          y: 0.4,
          w: W - M - x,
          h: 1.6,
          fontSize: 22,
          bold: true,
          color: ACCENT,
          valign: 'top',
        });
        s.addText(lines, {
          ...text,
          x,
          y: 2.1,
          w: W - M - x,
          h: H - 2.1 - 0.7,
          fontSize: 13,
          color: MUTED,
          valign: 'top',
        });
      }
      break;
    }
    case 'list': {
      heading(slide.heading);
      const size = slide.items.length > 10 ? 11 : slide.items.length > 6 ? 13 : 15;
      s.addText(
        slide.items.map((item, i) => ({
          text: item,
          options: { ...own, bullet: true, breakLine: i < slide.items.length - 1, paraSpaceAfter: 4 },
        })),
        { ...text, x: M, y: 1.35, w: W - 2 * M, h: H - 1.35 - 0.6, fontSize: size, valign: 'top' },
      );
      break;
    }
  }
  page.addNotes(slide.notes);
}

/** The deck as a .pptx file, byte for byte the same for the same spec. */
export async function writeDeck(spec: DeckSpec): Promise<Uint8Array> {
  const pres = new pptxgen();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = spec.title;
  pres.subject = spec.subject;
  pres.author = spec.author;
  pres.company = spec.company;
  pres.theme = { headFontFace: FONT, bodyFontFace: FONT };
  if (spec.rtl) pres.rtlMode = true;
  spec.slides.forEach((slide, i) => addSlide(pres, spec, slide, i));
  const written = (await pres.write({ outputType: 'uint8array' })) as Uint8Array;
  return fixDates(written, spec.date);
}

/**
 * Speaker notes with one paragraph per line: pptxgenjs writes the notes as one run, where a line break
 * would show as a space; each line becomes its own `<a:p>` with the same run properties.
 */
export function notesParagraphs(xml: string): string {
  return xml.replace(
    /<a:p><a:r>(<a:rPr[^>]*\/>)<a:t>([^<]*\r?\n[^<]*)<\/a:t><\/a:r>/g,
    (_, props: string, text: string) =>
      text
        .split(/\r?\n/)
        .map((line, i) => `${i === 0 ? '' : '</a:p>'}<a:p><a:r>${props}<a:t>${line}</a:t></a:r>`)
        .join(''),
  );
}

/**
 * Re-packs a .pptx with fixed dates: the document's created and modified dates (pptxgenjs writes the
 * time of writing) become `date`, every ZIP entry gets the same time, `[Content_Types].xml` comes first
 * (as Office writes it), folder entries are left out and speaker notes get one paragraph per line.
 */
export function fixDates(pptx: Uint8Array, date: string): Uint8Array {
  const entries = unzipSync(pptx);
  const stamp = `${date}T00:00:00Z`;
  const names = Object.keys(entries).filter((name) => !name.endsWith('/'));
  const ordered = ['[Content_Types].xml', ...names.filter((name) => name !== '[Content_Types].xml')];
  return zipFiles(
    ordered.map((name) => {
      const bytes = entries[name];
      if (!bytes) throw new Error(`The deck has no ${name}`);
      if (name === 'docProps/core.xml') {
        return {
          name,
          bytes: strToU8(strFromU8(bytes).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${stamp}`)),
        };
      }
      if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
        return { name, bytes: strToU8(notesParagraphs(strFromU8(bytes))) };
      return { name, bytes };
    }),
    date,
  );
}
