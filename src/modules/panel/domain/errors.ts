/**
 * Errors of the panel selection. They carry enough structure for a form, the API and the CLI to
 * say exactly what is wrong (which file, row and column; which quotas) without parsing messages.
 */
import type { InfeasibilityReport } from "./infeasibility-report";

/** Where in the input a problem sits. Rows count as a spreadsheet does: the header is row 1. */
export interface InputLocation {
  readonly file?: string;
  readonly row?: number;
  readonly column?: string;
}

type NoParams = Record<never, never>;

/**
 * Every problem with a panel's input files, by a stable code, with the parameters its message
 * needs. The pages show it in the reader's language (catalogue key `panel.input.<code>`); the CLI
 * and `error.message` use the English sentence below.
 */
export interface InputProblemParams {
  // Reading a CSV file
  notCsv: { reason: string };
  cellCount: { cells: number; expected: number };
  cellCountDiffers: NoParams;
  quoteNotClosed: NoParams;
  fileEmpty: NoParams;
  duplicateColumn: NoParams;
  missingColumn: { header: string };
  // Quotas file
  unknownQuotaFormat: NoParams;
  featureCellEmpty: NoParams;
  valueCellEmpty: NoParams;
  notWholeNumber: { text: string };
  minAboveMax: { min: number; max: number };
  minFlexAboveMin: { minFlex: number; min: number };
  maxFlexBelowMax: { maxFlex: number; max: number };
  quotaListedTwice: { feature: string; value: string };
  noQuotas: NoParams;
  shareOutOfRange: { value: string };
  minimumsAboveSize: { feature: string; sum: number; size: number };
  featuresLocked: { features: string };
  // Pool file
  missingFeatureColumn: { feature: string };
  idEmpty: NoParams;
  idTwice: { id: string; firstRow: number };
  unknownValue: { value: string; feature: string; known: string };
  // Selection problem as a whole
  panelSizeInvalid: { k: string };
  panelSizeAbovePool: { k: number; pool: number };
  noFeatures: NoParams;
  featureNameEmpty: NoParams;
  featureTwice: { feature: string };
  featureWithoutValues: { feature: string };
  valueTwice: { feature: string; value: string };
  boundInvalid: { bound: string; feature: string; value: string; number: string };
  quotaMinAboveMax: { feature: string; value: string; min: number; max: number };
  quotaMinFlexAboveMin: { feature: string; value: string; minFlex: number; min: number };
  quotaMaxFlexBelowMax: { feature: string; value: string; maxFlex: number; max: number };
  volunteerIdEmpty: NoParams;
  volunteerIdTwice: { id: string };
  volunteerValueCount: { id: string; count: number; expected: number };
  volunteerValueInvalid: { id: string; feature: string };
  // Draw and published list
  seedEmpty: NoParams;
  nobodyEligible: NoParams;
  idNotPublishable: { id: string };
  listWithoutFinalLineBreak: NoParams;
  listLinePrefix: { line: number; prefix: string };
  // Address sample and register extract
  noHeader: NoParams;
  columnWithoutName: NoParams;
  noAddresses: NoParams;
  tooManyAddresses: { max: number };
  extractTooSmall: { total: number; count: number };
  // Command line
  unknownAlgorithm: { algorithm: string };
  fileMissing: NoParams;
  fileUnreadable: { reason: string };
  householdsWithoutColumn: NoParams;
  optionNotWholeNumber: { option: string; text: string };
}

export type InputProblemCode = keyof InputProblemParams;

/** A problem: its code, and its parameters (which codes without parameters may leave out). */
export type InputProblem = {
  [C in InputProblemCode]: keyof InputProblemParams[C] extends never
    ? { readonly code: C; readonly params?: InputProblemParams[C] }
    : { readonly code: C; readonly params: InputProblemParams[C] };
}[InputProblemCode];

/** The English sentences of the CLI and of `error.message`: terse, naming the exact values. */
const english: { readonly [C in InputProblemCode]: (p: InputProblemParams[C]) => string } = {
  notCsv: (p) => `not a valid CSV file (${p.reason})`,
  cellCount: (p) => `this row has ${p.cells} cells, but the header has ${p.expected} columns`,
  cellCountDiffers: () => "this row has a different number of cells than the header",
  quoteNotClosed: () => 'a quoted cell is never closed (a " is missing)',
  fileEmpty: () => "the file is empty",
  duplicateColumn: () => "this column occurs twice",
  missingColumn: (p) => `the column is missing (the header has: ${p.header})`,
  unknownQuotaFormat: () =>
    'unknown quota format: expected the header "category,feature,min,max" or "feature,value,min,max[,min_flex,max_flex]"',
  featureCellEmpty: () => "the name is empty",
  valueCellEmpty: () => "the value is empty",
  notWholeNumber: (p) => `"${p.text}" is not a whole number ≥ 0`,
  minAboveMax: (p) => `min ${p.min} is larger than max ${p.max}`,
  minFlexAboveMin: (p) => `min_flex ${p.minFlex} is larger than min ${p.min}`,
  maxFlexBelowMax: (p) => `max_flex ${p.maxFlex} is smaller than max ${p.max}`,
  quotaListedTwice: (p) => `"${p.feature}: ${p.value}" is listed twice`,
  noQuotas: () => "there are no quotas in the file",
  shareOutOfRange: (p) => `"${p.value}" is not a share between 0 and 100 %`,
  minimumsAboveSize: (p) => `the minimums of "${p.feature}" add up to ${p.sum}, more than the panel size ${p.size}`,
  featuresLocked: (p) => `the features must stay the same once registration is open (${p.features})`,
  missingFeatureColumn: (p) => `the column for the feature "${p.feature}" is missing`,
  idEmpty: () => "the id is empty",
  idTwice: (p) => `the id "${p.id}" already occurs in row ${p.firstRow}`,
  unknownValue: (p) => `"${p.value}" is not a value of "${p.feature}" (known: ${p.known})`,
  panelSizeInvalid: (p) => `the panel size k must be a whole number ≥ 1, not ${p.k}`,
  panelSizeAbovePool: (p) => `the panel size k = ${p.k} is larger than the pool (${p.pool} volunteers)`,
  noFeatures: () => "there are no features (categories) with quotas",
  featureNameEmpty: () => "a feature has an empty name",
  featureTwice: (p) => `feature "${p.feature}" is defined twice`,
  featureWithoutValues: (p) => `feature "${p.feature}" has no values`,
  valueTwice: (p) => `value "${p.feature}: ${p.value}" is defined twice`,
  boundInvalid: (p) => `${p.bound} of "${p.feature}: ${p.value}" must be a whole number ≥ 0, not ${p.number}`,
  quotaMinAboveMax: (p) => `min ${p.min} of "${p.feature}: ${p.value}" is larger than its max ${p.max}`,
  quotaMinFlexAboveMin: (p) => `min_flex ${p.minFlex} of "${p.feature}: ${p.value}" is larger than its min ${p.min}`,
  quotaMaxFlexBelowMax: (p) => `max_flex ${p.maxFlex} of "${p.feature}: ${p.value}" is smaller than its max ${p.max}`,
  volunteerIdEmpty: () => "a volunteer has an empty id",
  volunteerIdTwice: (p) => `volunteer id "${p.id}" occurs twice`,
  volunteerValueCount: (p) => `volunteer "${p.id}" has ${p.count} feature values, expected ${p.expected}`,
  volunteerValueInvalid: (p) => `volunteer "${p.id}" has no valid value for feature "${p.feature}"`,
  seedEmpty: () => "the public seed is empty",
  nobodyEligible: () => "nobody is eligible as a replacement",
  idNotPublishable: (p) => `the id "${p.id}" contains a space or colon and cannot appear in the published list`,
  listWithoutFinalLineBreak: () => "the list must end with a line break",
  listLinePrefix: (p) => `line ${p.line} does not start with "${p.prefix}"`,
  noHeader: () => "the file has no header row",
  columnWithoutName: () => "a column has no name",
  noAddresses: () => "the file holds no addresses",
  tooManyAddresses: (p) => `more than ${p.max} addresses`,
  extractTooSmall: (p) => `the extract has ${p.total} addresses, fewer than the ${p.count} to draw`,
  unknownAlgorithm: (p) => `unknown algorithm "${p.algorithm}" (use leximin or legacy)`,
  fileMissing: () => "the file does not exist",
  fileUnreadable: (p) => `cannot read the file (${p.reason})`,
  householdsWithoutColumn: () => "--households needs a household column with values",
  optionNotWholeNumber: (p) => `${p.option} must be a whole number ≥ 1, not "${p.text}"`,
};

/** Every code, e.g. for a check that each has a message in every language. */
export const inputProblemCodes = Object.keys(english) as readonly InputProblemCode[];

/** The message catalogue key of a problem's text. */
export function inputProblemKey(code: InputProblemCode): string {
  return `panel.input.${code}`;
}

/** The problem in English, without its location. */
export function englishProblem(problem: InputProblem): string {
  const render = english[problem.code] as (params: Record<string, string | number>) => string;
  return render(problem.params ?? {});
}

/** Malformed pool or quotas: missing columns, unknown values, duplicate ids, min > max, k too large. */
export class PanelInputError extends Error {
  override readonly name = "PanelInputError";
  constructor(
    readonly problem: InputProblem,
    readonly location: InputLocation = {},
  ) {
    super(formatLocation(location) + englishProblem(problem));
  }
}

function formatLocation({ file, row, column }: InputLocation): string {
  const parts = [
    file,
    row === undefined ? undefined : `row ${row}`,
    column === undefined ? undefined : `column "${column}"`,
  ];
  const where = parts.filter((p) => p !== undefined).join(", ");
  return where ? `${where}: ` : "";
}

/** No panel satisfies all quotas; the report names the conflicting quotas and the smallest relaxation. */
export class InfeasibleQuotasError extends Error {
  override readonly name = "InfeasibleQuotasError";
  constructor(readonly report: InfeasibilityReport) {
    super(report.summary);
  }
}

/** The LP/ILP solver failed in a way the algorithm could not recover from (it is safe to retry). */
export class SolverFailure extends Error {
  override readonly name = "SolverFailure";
}

/** LEGACY's greedy draw kept running into dead ends with these quotas (LEXIMIN may still work). */
export class LegacyGaveUpError extends Error {
  override readonly name = "LegacyGaveUpError";
  constructor(readonly failedAttempts: number) {
    super(`LEGACY failed ${failedAttempts} times; the quotas are too tight for the greedy method`);
  }
}
