/**
 * Every input problem has a German and an English message, and each message uses only the
 * parameters its code carries, so no page shows a key or a "{placeholder}".
 */
import { describe, expect, it } from "vitest";
import { locales, registerMessages, translator } from "../../../platform/i18n/i18n";
import {
  englishProblem,
  type InputProblem,
  type InputProblemCode,
  type InputProblemParams,
  inputProblemCodes,
  inputProblemKey,
  PanelInputError,
} from "../domain/errors";
import { csvErrorText } from "./components";
import { panelMessages } from "./messages";

/** Parameters for each code as a real problem would carry them (the type requires every code). */
const examples: { [C in InputProblemCode]: InputProblemParams[C] } = {
  notCsv: { reason: "Invalid Record Length" },
  cellCount: { cells: 2, expected: 3 },
  cellCountDiffers: {},
  quoteNotClosed: {},
  fileEmpty: {},
  duplicateColumn: {},
  missingColumn: { header: "feature, value, min" },
  unknownQuotaFormat: {},
  featureCellEmpty: {},
  valueCellEmpty: {},
  notWholeNumber: { text: "zwei" },
  minAboveMax: { min: 5, max: 3 },
  minFlexAboveMin: { minFlex: 4, min: 2 },
  maxFlexBelowMax: { maxFlex: 1, max: 3 },
  quotaListedTwice: { feature: "Alter", value: "16-29" },
  noQuotas: {},
  shareOutOfRange: { value: "140" },
  minimumsAboveSize: { feature: "Alter", sum: 9, size: 6 },
  featuresLocked: { features: "Alter, Bezirk" },
  missingFeatureColumn: { feature: "Alter" },
  idEmpty: {},
  idTwice: { id: "p7", firstRow: 3 },
  unknownValue: { value: "90+", feature: "Alter", known: "16-29, 30-59, 60+" },
  panelSizeInvalid: { k: "0" },
  panelSizeAbovePool: { k: 20, pool: 12 },
  noFeatures: {},
  featureNameEmpty: {},
  featureTwice: { feature: "Alter" },
  featureWithoutValues: { feature: "Alter" },
  valueTwice: { feature: "Alter", value: "60+" },
  boundInvalid: { bound: "min", feature: "Alter", value: "60+", number: "-1" },
  quotaMinAboveMax: { feature: "Alter", value: "60+", min: 5, max: 3 },
  quotaMinFlexAboveMin: { feature: "Alter", value: "60+", minFlex: 4, min: 2 },
  quotaMaxFlexBelowMax: { feature: "Alter", value: "60+", maxFlex: 1, max: 3 },
  volunteerIdEmpty: {},
  volunteerIdTwice: { id: "p7" },
  volunteerValueCount: { id: "p7", count: 1, expected: 2 },
  volunteerValueInvalid: { id: "p7", feature: "Alter" },
  seedEmpty: {},
  nobodyEligible: {},
  idNotPublishable: { id: "p 7" },
  listWithoutFinalLineBreak: {},
  listLinePrefix: { line: 2, prefix: "2: " },
  noHeader: {},
  columnWithoutName: {},
  noAddresses: {},
  tooManyAddresses: { max: 20000 },
  extractTooSmall: { total: 10, count: 50 },
  unknownAlgorithm: { algorithm: "greedy" },
  fileMissing: {},
  fileUnreadable: { reason: "EACCES" },
  householdsWithoutColumn: {},
  optionNotWholeNumber: { option: "--k", text: "abc" },
};

function example(code: InputProblemCode): InputProblem {
  return { code, params: examples[code] } as InputProblem;
}

registerMessages(panelMessages);

describe("messages of input problems", () => {
  it("knows every code", () => {
    expect([...inputProblemCodes].sort()).toEqual(Object.keys(examples).sort());
  });

  it.each(locales)("has a %s message for every code, and none for codes that do not exist", (locale) => {
    const catalogue = panelMessages[locale];
    for (const code of inputProblemCodes) expect(catalogue[inputProblemKey(code)]?.trim(), code).toBeTruthy();
    const keys = Object.keys(catalogue).filter((key) => key.startsWith("panel.input."));
    expect(keys.sort()).toEqual(inputProblemCodes.map(inputProblemKey).sort());
  });

  it.each(locales)("%s messages use only the parameters their code carries", (locale) => {
    for (const code of inputProblemCodes) {
      const text = panelMessages[locale][inputProblemKey(code)] ?? "";
      const placeholders = [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const name of placeholders) expect(Object.keys(examples[code]), `${locale} ${code}`).toContain(name);
      expect(translator(locale)(inputProblemKey(code), examples[code]), `${locale} ${code}`).not.toMatch(/[{}]/);
    }
  });

  it("keeps an English sentence for the command line and error.message", () => {
    for (const code of inputProblemCodes) {
      const text = englishProblem(example(code));
      expect(text, code).not.toMatch(/undefined|\{/);
      expect(new PanelInputError(example(code), { file: "pool.csv", row: 4, column: "Alter" }).message).toBe(
        `pool.csv, row 4, column "Alter": ${text}`,
      );
    }
  });

  it("tells the coordinator row, column and problem in their language", () => {
    const detail = { file: "pool.csv", row: 4, column: "Alter", problem: example("unknownValue") };
    expect(csvErrorText(translator("de"), detail)).toBe(
      "Zeile 4, Spalte „Alter“: Der Wert „90+“ kommt in den Quoten nicht vor. Möglich sind: 16-29, 30-59, 60+. " +
        "Es wurde nichts gespeichert.",
    );
    expect(csvErrorText(translator("en"), detail)).toBe(
      "row 4, column “Alter”: The value “90+” does not occur in the quotas. Possible values: 16-29, 30-59, 60+. " +
        "Nothing was stored.",
    );
  });
});
