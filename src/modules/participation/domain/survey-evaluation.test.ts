import { describe, expect, it } from "vitest";
import { checkQuestionnaire, type Question } from "./survey";
import { filteredAnswers, freeTexts, responseRows, type StoredResponse } from "./survey-evaluation";
import { checkProfile, readFilter } from "./survey-profile";

const t = (de: string, en = de) => ({ de, en });

function questions(): Question[] {
  const checked = checkQuestionnaire([
    {
      id: "use",
      kind: "single",
      text: t("WLAN?", "Wi-Fi?"),
      required: true,
      choices: [
        { id: "yes", text: t("Ja", "Yes") },
        { id: "no", text: t("Nein", "No") },
      ],
    },
    { id: "note", kind: "short-text", text: t("Notiz", "Note"), required: false },
    {
      id: "grid",
      kind: "matrix",
      text: t("Bewerten", "Rate"),
      required: false,
      choices: [
        { id: "good", text: t("gut", "good") },
        { id: "bad", text: t("schlecht", "bad") },
      ],
      rows: [{ id: "speed", text: t("Tempo", "Speed") }],
    },
  ]);
  if (!checked.ok) throw new Error(checked.issue.message);
  return checked.questions;
}

const responses: StoredResponse[] = [
  {
    id: "r1",
    answers: { use: "yes", note: "=1+1", grid: { speed: "good" } },
    profile: { stakeholderGroup: "resident", district: "mitte", ageGroup: null },
  },
  { id: "r2", answers: { use: "no", note: "Herr X wohnt nebenan" }, profile: null },
];
const hidden = [{ responseId: "r2", questionId: "note", reason: "Nennt eine Person" }];

describe("the evaluation of a survey", () => {
  it("filters by the profile; a response without a profile only counts without a filter", () => {
    expect(filteredAnswers(responses, { stakeholderGroup: null, district: null })).toHaveLength(2);
    expect(filteredAnswers(responses, { stakeholderGroup: null, district: "mitte" })).toEqual([responses[0]?.answers]);
    expect(filteredAnswers(responses, { stakeholderGroup: "business", district: null })).toEqual([]);
  });

  it("lists free texts with the office's reason for a hidden one", () => {
    expect(freeTexts(questions(), responses, hidden, { stakeholderGroup: null, district: null })).toEqual({
      note: [
        { responseId: "r1", text: "=1+1", hiddenReason: null },
        { responseId: "r2", text: "Herr X wohnt nebenan", hiddenReason: "Nennt eine Person" },
      ],
    });
  });

  it("writes one row per response in the reader's words, hidden texts replaced, profile only when asked for", () => {
    const rows = responseRows(questions(), responses, hidden, {
      language: "en",
      hiddenText: (reason) => `[hidden: ${reason}]`,
    });
    expect(rows).toEqual([
      ["Wi-Fi?", "Note", "Rate"],
      ["Yes", "=1+1", "Speed: good"],
      ["No", "[hidden: Nennt eine Person]", ""],
    ]);
    const withProfile = responseRows(questions(), responses, [], {
      language: "de",
      hiddenText: String,
      profileColumns: { headings: ["Bezirk"], cells: (profile) => [profile?.district ?? ""] },
    });
    expect(withProfile.map((row) => row.at(-1))).toEqual(["Bezirk", "mitte", ""]);
  });
});

describe("the profile questions", () => {
  const options = { stakeholderGroups: ["resident", "business"], districts: ["mitte", "pankow"] };

  it("reads only the asked questions, each empty or an offered value", () => {
    expect(checkProfile(["district"], { district: "pankow", ageGroup: "30-44" }, options)).toEqual({
      ok: true,
      profile: { stakeholderGroup: null, district: "pankow", ageGroup: null },
    });
    expect(checkProfile(["district", "age-group"], { district: "atlantis", ageGroup: "" }, options)).toEqual({
      ok: false,
      issues: [{ path: "district", message: "participation.errors.profileValue" }],
    });
  });

  it("filters only by asked questions and offered values", () => {
    expect(readFilter(["district"], { group: "resident", district: "mitte" }, options)).toEqual({
      stakeholderGroup: null,
      district: "mitte",
    });
    expect(readFilter(["stakeholder-group"], { group: "pirates" }, options).stakeholderGroup).toBeNull();
  });
});
