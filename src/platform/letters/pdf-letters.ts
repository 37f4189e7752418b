import type { PDFFont, PDFPage, RGB } from "pdf-lib";

/** One letter: one A4 page. All texts are already translated. */
export interface Letter {
  /** Address lines shown in the envelope window (DIN 5008 form B); none for letters handed out unaddressed. */
  recipient?: string[];
  /** A small reference line beside the address, e.g. the letter number. */
  reference?: string;
  heading: string;
  paragraphs: string[];
  /** The line above the code, e.g. "Your personal code". */
  codeLabel: string;
  /** Printed large in a monospace font. */
  code: string;
  /** The line above the address, e.g. "Vote at". */
  urlLabel: string;
  url: string;
  /** Paragraphs after the code and the address. */
  closing?: string[];
}

export interface LetterOptions {
  /** The document title (PDF metadata). */
  title: string;
  /** The document language, e.g. "de". */
  language: string;
  /** A small sender line at the top of the address field (DIN 5008 return address zone). */
  sender?: string;
}

const MM = 72 / 25.4;
const PAGE_WIDTH = 210 * MM;
const PAGE_HEIGHT = 297 * MM;
const LEFT = 25 * MM;
const RIGHT = 20 * MM;
const BOTTOM = 20 * MM;
const TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;
/** DIN 5008 form B: the address field starts 45 mm from the top, 20 mm from the left, 85 mm wide. */
const FIELD_TOP = 45 * MM;
const FIELD_LEFT = 20 * MM;
const FIELD_WIDTH = 85 * MM;
/** Within the field: 5 mm return address zone, then 12.7 mm for notes, then the address (27.3 mm). */
const ADDRESS_TOP = FIELD_TOP + 17.7 * MM;
const ADDRESS_LINES = 6;
/** The body begins below the field and the fold mark zone. */
const BODY_TOP = 105 * MM;
/** pdf-lib's `rgb()` colours, written out: the library is loaded only when letters are printed. */
const grey = (level: number) => ({ type: "RGB", red: level, green: level, blue: level }) as RGB;
const INK = grey(0.1);
const GREY = grey(0.4);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  mono: PDFFont;
}

/**
 * Renders the letters as one PDF, one A4 page each, with the standard fonts (Helvetica and Courier,
 * WinAnsi encoding: German umlauts, ß, „ “ and – are included). Characters the fonts cannot show are
 * replaced by "?" rather than failing the whole batch.
 */
export async function renderLettersPdf(letters: readonly Letter[], options: LetterOptions): Promise<Buffer> {
  const { PDFDocument, StandardFonts } = await import("pdf-lib");
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(options.title);
  doc.setLanguage(options.language);
  doc.setCreator("Gemeinsam");
  doc.setProducer("Gemeinsam");
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    mono: await doc.embedFont(StandardFonts.CourierBold),
  };
  for (const letter of letters) drawLetter(doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]), letter, fonts, options.sender);
  const bytes = await doc.save({ useObjectStreams: false, addDefaultPage: false });
  return Buffer.from(bytes);
}

function drawLetter(page: PDFPage, letter: Letter, fonts: Fonts, sender: string | undefined): void {
  drawFoldMarks(page);
  // pdf-lib measures from the bottom; `top` is the distance from the top edge of the sheet.
  const at = (top: number) => PAGE_HEIGHT - top;
  const inset = 5 * MM;

  if (sender) {
    const line = fitLine(clean(sender, fonts.regular), fonts.regular, 7, FIELD_WIDTH - inset);
    page.drawText(line, {
      x: FIELD_LEFT + inset,
      y: at(FIELD_TOP + 3.5 * MM),
      size: 7,
      font: fonts.regular,
      color: GREY,
    });
  }
  let top = ADDRESS_TOP;
  for (const raw of (letter.recipient ?? []).slice(0, ADDRESS_LINES)) {
    top += 4.2 * MM;
    const line = fitLine(clean(raw, fonts.regular), fonts.regular, 10, FIELD_WIDTH - inset);
    page.drawText(line, { x: FIELD_LEFT + inset, y: at(top), size: 10, font: fonts.regular, color: INK });
  }
  if (letter.reference) {
    const reference = clean(letter.reference, fonts.regular);
    const width = fonts.regular.widthOfTextAtSize(reference, 9);
    page.drawText(reference, {
      x: PAGE_WIDTH - RIGHT - width,
      y: at(FIELD_TOP + 17.7 * MM + 4.2 * MM),
      size: 9,
      font: fonts.regular,
      color: GREY,
    });
  }

  top = BODY_TOP;
  const write = (text: string, font: PDFFont, size: number, after: number) => {
    const leading = size * 1.35;
    for (const line of wrap(clean(text, font), font, size, TEXT_WIDTH)) {
      top += leading;
      if (top > PAGE_HEIGHT - BOTTOM) return;
      page.drawText(line, { x: LEFT, y: at(top), size, font, color: INK });
    }
    top += after;
  };

  write(letter.heading, fonts.bold, 14, 4 * MM);
  for (const paragraph of letter.paragraphs) write(paragraph, fonts.regular, 11, 3 * MM);

  top += 4 * MM;
  write(letter.codeLabel, fonts.regular, 11, 1 * MM);
  const code = clean(letter.code, fonts.mono);
  const codeSize = fitSize(code, fonts.mono, 24, TEXT_WIDTH - 12 * MM);
  const boxHeight = codeSize + 8 * MM;
  page.drawRectangle({
    x: LEFT,
    y: at(top + boxHeight),
    width: Math.min(TEXT_WIDTH, fonts.mono.widthOfTextAtSize(code, codeSize) + 12 * MM),
    height: boxHeight,
    borderColor: INK,
    borderWidth: 1,
  });
  page.drawText(code, {
    x: LEFT + 6 * MM,
    y: at(top + 4 * MM + codeSize * 0.8),
    size: codeSize,
    font: fonts.mono,
    color: INK,
  });
  top += boxHeight + 6 * MM;

  write(letter.urlLabel, fonts.regular, 11, 0);
  write(letter.url, fonts.bold, 12, 5 * MM);
  for (const paragraph of letter.closing ?? []) write(paragraph, fonts.regular, 11, 3 * MM);
}

/** DIN 5008 fold marks at 105 and 210 mm and the punch mark at 148.5 mm, at the left edge. */
function drawFoldMarks(page: PDFPage): void {
  for (const [top, length] of [
    [105, 5],
    [148.5, 8],
    [210, 5],
  ] as const) {
    const y = PAGE_HEIGHT - top * MM;
    page.drawLine({ start: { x: 5 * MM, y }, end: { x: (5 + length) * MM, y }, thickness: 0.4, color: GREY });
  }
}

const substitutes: Record<string, string> = {
  "\u00a0": " ",
  "\u2009": " ",
  "\u202f": " ",
  "\u2010": "-",
  "\u2011": "-",
  "\u2212": "-",
  "\u1e9e": "SS",
};

/** The code points each font can encode, worked out once per font rather than once per line. */
const characterSets = new WeakMap<PDFFont, Set<number>>();

function characterSet(font: PDFFont): Set<number> {
  let known = characterSets.get(font);
  if (!known) {
    known = new Set(font.getCharacterSet());
    characterSets.set(font, known);
  }
  return known;
}

/** Text the font can encode: one line, NFC, unknown characters as "?". */
function clean(text: string, font: PDFFont): string {
  const known = characterSet(font);
  let out = "";
  for (const char of text.normalize("NFC").replace(/[\t\r\n]+/g, " ")) {
    const replaced = substitutes[char] ?? char;
    for (const c of replaced) out += known.has(c.codePointAt(0) as number) ? c : "?";
  }
  return out;
}

/** Greedy word wrap; a word wider than the line (a long URL) is broken between characters. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  for (const word of text.split(" ").filter((w) => w !== "")) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** One line cut to the width, ending in "…" when cut. */
function fitLine(text: string, font: PDFFont, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  let end = text.length;
  while (end > 0 && font.widthOfTextAtSize(`${text.slice(0, end)}…`, size) > width) end--;
  return `${text.slice(0, end)}…`;
}

function fitSize(text: string, font: PDFFont, size: number, width: number): number {
  let current = size;
  while (current > 10 && font.widthOfTextAtSize(text, current) > width) current -= 1;
  return current;
}
