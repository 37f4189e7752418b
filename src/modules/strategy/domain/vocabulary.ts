import type { BilingualText, MeasureStatus, MeasureType } from "./model";

/**
 * The words strategy documents use (mostly German) mapped to the catalogue's codes, so a file
 * written by a strategy office in its own words can be imported as it is.
 */
const typeWords: Record<string, MeasureType> = {
  zentral: "central",
  central: "central",
  dezentral: "decentral",
  decentral: "decentral",
  netzwerk: "network",
  netzwerkmassnahme: "network",
  network: "network",
};

const statusWords: Record<string, MeasureStatus> = {
  idee: "planned",
  geplant: "planned",
  in_planung: "planned",
  planned: "planned",
  laufend: "running",
  in_umsetzung: "running",
  running: "running",
  abgeschlossen: "completed",
  completed: "completed",
  pausiert: "paused",
  paused: "paused",
  gestoppt: "stopped",
  eingestellt: "stopped",
  stopped: "stopped",
};

const cityWideWords = new Set(["gesamtstaedtisch", "city_wide", "citywide", "stadtweit"]);

/** Lower case, umlauts spelled out, spaces and dashes as underscores: "in Planung" → "in_planung". */
export function normaliseWord(word: string): string {
  return transliterate(word.trim().toLowerCase()).replace(/[\s-]+/g, "_");
}

function transliterate(text: string): string {
  return text
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/Ä/g, "Ae")
    .replace(/Ö/g, "Oe")
    .replace(/Ü/g, "Ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}

export function measureTypeOf(word: string): MeasureType | undefined {
  return typeWords[normaliseWord(word)];
}

export function measureStatusOf(word: string): MeasureStatus | undefined {
  return statusWords[normaliseWord(word)];
}

export function isCityWideWord(word: string): boolean {
  return cityWideWords.has(normaliseWord(word));
}

const SLUG_MAX = 60;

/** A readable, stable address part: "Smart Water – Wasser und Stadtgrün" → "smart-water-wasser-und-stadtgruen". */
export function slugify(text: string, max = SLUG_MAX): string {
  const slug = transliterate(text.toLowerCase())
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > 10 ? cut.slice(0, lastDash) : slug.slice(0, max)).replace(/-+$/g, "");
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Addresses below /measures/ that are pages of their own, never a measure's slug. */
const reservedSlugs = new Set(["new", "export", "export-csv", "export-json"]);

export function isValidSlug(slug: string): boolean {
  return slug.length >= 2 && slug.length <= 80 && slugPattern.test(slug) && !reservedSlugs.has(slug);
}

/** An ISO year, month or day: "2022", "2022-07", "2022-07-15". */
export const partialDatePattern = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

interface ParsedPeriod {
  start: string | null;
  end: string | null;
  note: BilingualText;
}

const datePart = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?!\d)(?:-(?:0[1-9]|[12]\d|3[01])(?!\d))?)?`;
const periodPattern = new RegExp(String.raw`^(${datePart})(?:\s*[–—-]\s*(${datePart}))?\s*(.*)$`);

/** Phrases of period notes the catalogue knows in both languages. */
const periodPhrases: Record<string, BilingualText> = {
  noch_zu_definieren: { de: "noch zu definieren", en: "to be defined" },
  offen: { de: "offen", en: "open" },
  unbefristet: { de: "unbefristet", en: "open-ended" },
};

function noteOf(text: string): BilingualText {
  const trimmed = text.trim();
  if (!trimmed) return { de: "", en: "" };
  return periodPhrases[normaliseWord(trimmed)] ?? { de: trimmed, en: trimmed };
}

/**
 * Reads a period as strategy documents write it: "2022-07 – 2026-09", "2022 – 2023 (plan)",
 * "noch zu definieren". Dates become ISO year/month/day; the rest is kept as a note.
 */
export function parsePeriod(text: string): ParsedPeriod {
  const match = periodPattern.exec(text.trim());
  if (!match) return { start: null, end: null, note: noteOf(text) };
  return { start: match[1] ?? null, end: match[2] ?? null, note: noteOf(match[3] ?? "") };
}

/** The first day a partial date can mean ("2022-07" → "2022-07-01"), for comparisons. */
function earliestDay(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day a partial date can mean ("2022-07" → "2022-07-31"). */
export function latestDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split("-").map(Number) as [number, number];
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${date}-${String(last).padStart(2, "0")}`;
  }
  return date;
}

/** A period is valid when it does not end before it starts. */
export function isPeriodOrdered(start: string | null, end: string | null): boolean {
  if (!start || !end) return true;
  return earliestDay(start) <= latestDay(end);
}

/** The address a new measure gets from its title (titles without letters get a prefix). */
export function slugForTitle(title: string): string {
  const slug = slugify(title);
  return isValidSlug(slug) ? slug : slugify(`massnahme ${title}`);
}

/** A short summary from a long text: whole words, at most 600 characters. */
export function summaryOf(text: string): string {
  if (text.length <= 600) return text;
  const cut = text.slice(0, 599);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 400))}…`;
}
