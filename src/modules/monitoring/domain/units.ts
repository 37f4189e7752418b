import { createRequire } from "node:module";
import type { Locale } from "../../../platform/i18n/i18n";

/**
 * Units of indicators, written as UCUM codes (the Unified Code for Units of Measure, which open-data
 * portals and the SensorThings API use), so a figure can travel with a unit machines understand.
 * Things that are counted and have no unit of their own are UCUM annotations: `{persons}`, `{datasets}`.
 * Money has no UCUM unit; an amount in euros is the annotation `{EUR}` (a count of euros), so the
 * currency stays visible and no converter pretends it could turn euros into anything else.
 */
export type UnitLabel = Record<Locale, string>;

export const unitNotUcum = "monitoring.errors.unitNotUcum";

export type UnitCheck = { ok: true; code: string; label: UnitLabel } | { ok: false; message: typeof unitNotUcum };

/** What we use of the library's answer (it is CommonJS without type declarations). */
interface UcumValidation {
  status: "valid" | "invalid" | "error";
  ucumCode: string | null;
  unit?: { code: string; name: string };
}

interface UcumUtils {
  validateUnitString(code: string, suggest?: boolean): UcumValidation;
}

let utils: UcumUtils | undefined;

/**
 * The library loaded on first use: requiring it and building its tables from its bundled JSON takes
 * about a tenth of a second, which pages that never check a unit should not pay. `require` because the
 * package is CommonJS and ships no types; this form works alike under tsx, vitest and the built app.
 */
function ucum(): UcumUtils {
  if (!utils) {
    const pkg = createRequire(import.meta.url)("@lhncbc/ucum-lhc") as { UcumLhcUtils: { getInstance(): UcumUtils } };
    utils = pkg.UcumLhcUtils.getInstance();
  }
  return utils;
}

/** Longer codes are no unit a person typed on purpose. */
const MAX_CODE_LENGTH = 60;

/**
 * Readable names of the units indicators use most. UCUM names its units in English only and in the
 * singular ("microgram per cubic meter"); these read as a column heading would. Note the codes UCUM
 * wants: kilowatt hours are `kW.h` (`kWh` is no UCUM code) and hectares `har` (`ha` is a hecto-year).
 */
const commonLabels: Record<string, UnitLabel> = {
  "%": { de: "Prozent", en: "percent" },
  "1": { de: "Zahl (ohne Einheit)", en: "number (no unit)" },
  "{persons}": { de: "Personen", en: "persons" },
  "{count}": { de: "Anzahl", en: "count" },
  "{EUR}": { de: "Euro", en: "euros" },
  "ug/m3": { de: "Mikrogramm pro Kubikmeter", en: "micrograms per cubic metre" },
  "m3/a": { de: "Kubikmeter pro Jahr", en: "cubic metres per year" },
  "%/a": { de: "Prozent pro Jahr", en: "percent per year" },
  min: { de: "Minuten", en: "minutes" },
  h: { de: "Stunden", en: "hours" },
  d: { de: "Tage", en: "days" },
  mo: { de: "Monate", en: "months" },
  a: { de: "Jahre", en: "years" },
  km: { de: "Kilometer", en: "kilometres" },
  m2: { de: "Quadratmeter", en: "square metres" },
  km2: { de: "Quadratkilometer", en: "square kilometres" },
  har: { de: "Hektar", en: "hectares" },
  t: { de: "Tonnen", en: "tonnes" },
  "t/a": { de: "Tonnen pro Jahr", en: "tonnes per year" },
  "kW.h": { de: "Kilowattstunden", en: "kilowatt hours" },
  "MW.h": { de: "Megawattstunden", en: "megawatt hours" },
};

/** Names of counted things (annotations) that indicators of a city strategy count often. */
const annotationLabels: Record<string, UnitLabel> = {
  persons: { de: "Personen", en: "persons" },
  count: { de: "Anzahl", en: "count" },
  EUR: { de: "Euro", en: "euros" },
  datasets: { de: "Datensätze", en: "datasets" },
  authorities: { de: "Behörden", en: "authorities" },
  locations: { de: "Standorte", en: "locations" },
  events: { de: "Veranstaltungen", en: "events" },
  areas: { de: "Gebiete", en: "areas" },
  procedures: { de: "Verfahren", en: "procedures" },
  bookings: { de: "Buchungen", en: "bookings" },
  boxes: { de: "Boxen", en: "boxes" },
  applications: { de: "Anträge", en: "applications" },
  stations: { de: "Messstellen", en: "stations" },
  items: { de: "Gegenstände", en: "items" },
};

/** "… pro Jahr": the time units a rate is commonly given per. */
const perTime: Record<string, UnitLabel> = {
  a: { de: "Jahr", en: "year" },
  mo: { de: "Monat", en: "month" },
  wk: { de: "Woche", en: "week" },
  d: { de: "Tag", en: "day" },
  h: { de: "Stunde", en: "hour" },
};

/** `{datasets}` → "Datensätze"; an annotation we do not know reads as its own words in both languages. */
function annotationLabel(code: string): UnitLabel | null {
  const match = /^\{([^{}]+)\}$/.exec(code);
  if (!match?.[1]) return null;
  const known = annotationLabels[match[1]];
  if (known) return known;
  const words = match[1].replace(/[_-]+/g, " ").trim();
  return { de: words, en: words };
}

function labelOfPart(code: string): UnitLabel | null {
  return commonLabels[code] ?? annotationLabel(code);
}

const superscripts: Record<string, string> = { "2": "²", "3": "³" };

/** The library's name without its markup: "[meter<sup>3</sup>]/year" → "meter³/year". */
function plainName(name: string): string {
  return name
    .replace(/<sup>(\d)<\/sup>/g, (_, digit: string) => superscripts[digit] ?? `^${digit}`)
    .replace(/<[^>]*>|[[\]]/g, "")
    .replace(/\*/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The label of a valid code: from the table, as a known or annotated thing per time unit ("Buchungen
 * pro Monat"), else the library's English name, and in German the code itself, because a unit symbol
 * reads the same in every language and an English word on a German page would not.
 */
function labelOf(code: string, libraryName: string): UnitLabel {
  const direct = labelOfPart(code);
  if (direct) return direct;
  const rate = /^(.+)\/(a|mo|wk|d|h)$/.exec(code);
  const part = rate?.[1] ? labelOfPart(rate[1]) : null;
  const per = rate?.[2] ? perTime[rate[2]] : undefined;
  if (part && per) return { de: `${part.de} pro ${per.de}`, en: `${part.en} per ${per.en}` };
  const name = plainName(libraryName);
  return { de: code, en: name === "" ? code : name };
}

/**
 * Checks a unit given as a UCUM code (case matters: `Cel`, not `cel`) and names it in both languages.
 * Surrounding spaces are ignored; an empty annotation `{}` is refused, since it says nothing that `1` would not.
 */
export function checkUnit(input: string): UnitCheck {
  const code = input.trim();
  if (code === "" || code.length > MAX_CODE_LENGTH || code === "{}") return { ok: false, message: unitNotUcum };
  const result = ucum().validateUnitString(code, false);
  if (result.status !== "valid" || !result.ucumCode) return { ok: false, message: unitNotUcum };
  return { ok: true, code: result.ucumCode, label: labelOf(result.ucumCode, result.unit?.name ?? "") };
}

/** Whether a text is a UCUM code this module accepts. */
export function isUcumUnit(input: string): boolean {
  return checkUnit(input).ok;
}

/** The codes with a table label, in table order, for a form's list of suggestions. */
export function commonUnits(): Array<{ code: string; label: UnitLabel }> {
  return Object.entries(commonLabels).map(([code, label]) => ({ code, label }));
}
