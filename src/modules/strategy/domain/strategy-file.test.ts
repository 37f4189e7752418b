import { describe, expect, it } from "vitest";
import { loadCityFile } from "../../../platform/city/city-file";
import { registerMessages, translator } from "../../../platform/i18n/i18n";
import { readDemoFile } from "../data/demo-files";
import { strategyMessages } from "../views/messages";
import { emptyKnown, type ImportIssue, readStrategyFile, type StrategyCatalogue } from "./strategy-file";

registerMessages(strategyMessages);

type Demo = {
  measures: Array<Record<string, unknown>>;
  action_fields: Array<Record<string, unknown>>;
  organisations: Array<Record<string, unknown>>;
  [key: string]: unknown;
};
const demo = () => structuredClone(readDemoFile("gdb-demo.yaml")) as Demo;

function catalogueOf(raw: unknown): StrategyCatalogue {
  const read = readStrategyFile(raw, emptyKnown(), loadCityFile());
  if (!read.ok) throw new Error(JSON.stringify(read.issues, null, 2));
  return read.catalogue;
}

function issuesOf(raw: unknown): string[] {
  const read = readStrategyFile(raw, emptyKnown(), loadCityFile());
  if (read.ok) throw new Error("expected the file to be refused");
  const t = translator("en");
  return read.issues.map((i: ImportIssue) => `${i.path}: ${t(i.key, i.params)}`);
}

describe("reading the demo strategy file", () => {
  const catalogue = catalogueOf(demo());
  const measure = (code: string) => {
    const m = catalogue.measures.find((x) => x.code === code);
    if (!m) throw new Error(`no measure ${code}`);
    return m;
  };

  it("reads the values compass with its questions and the 0–3 scale", () => {
    expect(catalogue.values.map((v) => v.id)).toEqual(["sustainable", "common_good", "resilient", "cooperative"]);
    expect(catalogue.values[0]?.questions).toHaveLength(3);
    expect(catalogue.scale).toEqual({
      de: ["keine", "gering", "mittel", "hoch"],
      en: ["none", "low", "medium", "high"],
    });
  });

  it("reads 4 clusters, 12 action fields, 5 phases, 3 spatial levels and 20 measures", () => {
    expect(catalogue.clusters).toHaveLength(4);
    expect(catalogue.actionFields).toHaveLength(12);
    expect(catalogue.phases.map((p) => p.id)).toEqual([
      "vorprozess",
      "demonstration",
      "etablierung",
      "skalierung",
      "betrieb",
    ]);
    expect(catalogue.spatialLevels).toHaveLength(3);
    expect(catalogue.measures).toHaveLength(20);
  });

  it("maps the German vocabulary: zentral, laufend, in_planung, gesamtstädtisch, netzwerk", () => {
    expect(measure("Z1").content).toMatchObject({
      type: "central",
      status: "running",
      phaseId: "etablierung",
      cityWide: true,
    });
    expect(measure("Z2").content).toMatchObject({ status: "planned" });
    // No demo measure leaves its period open any more; the reader still keeps such a note.
    const file = demo();
    file.measures[1] = { ...file.measures[1], period: "noch zu definieren" };
    expect(catalogueOf(file).measures[1]?.content.periodNote).toEqual({
      de: "noch zu definieren",
      en: "to be defined",
    });
    expect(measure("P1").content).toMatchObject({
      type: "network",
      pilot: true,
      responsibleOrganisationId: "kwb",
      involvedOrganisationIds: ["tsb", "bwb", "senmvku", "sensbw"],
      periodStart: "2022-07",
      periodEnd: "2026-09",
      actionFieldIds: ["RW-2", "IS-1", "EV-1"],
      spatialLevelIds: ["kiez", "cityspace"],
    });
    expect(measure("P3").content.districtIds).toEqual(["charlottenburg-wilmersdorf"]);
    expect(measure("P5").content.districtIds).toEqual(["tempelhof-schoeneberg"]);
  });

  it("keeps goals and the planned indicators as goal data, and the funding programme as a resource", () => {
    expect(measure("Z1").content.goals?.output).toEqual({
      de: "Schulungsangebote zu Daten, agilen Methoden und Service Design für alle Behörden",
      en: "Training offers on data, agile methods and service design for all authorities",
    });
    const indicators = measure("P5").content.indicators ?? [];
    expect(indicators).toHaveLength(4);
    expect(indicators[0]).toMatchObject({
      level: "output",
      name: { en: "Kiezboxes installed" },
      target: "12–20",
      sourceStatus: "verified",
    });
    expect(measure("D1").content.indicators?.[0]).toMatchObject({ target: "100", sourceStatus: "demo" });
    expect(measure("P1").content.resources).toEqual([
      { amountEur: null, source: { de: "", en: "" }, fundingProgramme: "MPSC" },
    ]);
  });

  it("marks demo measures and keeps their source status", () => {
    expect(measure("D3").content.sourceStatus).toBe("demo");
    expect(measure("P1").content.sourceStatus).toBe("verified");
  });

  it("adds organisations named by their name, and finds named ones that exist", () => {
    expect(measure("D1").content.responsibleOrganisationId).toBe("bezirksamt-lichtenberg");
    expect(catalogue.organisations.find((o) => o.id === "bezirksamt-lichtenberg")).toMatchObject({
      name: { de: "Bezirksamt Lichtenberg" },
      kind: null,
      sourceStatus: "demo",
    });
    expect(measure("D6").content.responsibleOrganisationId).toBe("skzl-cdo");
    expect(measure("D2").content.responsibleOrganisationId).toBe("senmvku");
  });

  it("keeps details without a field of their own and turns `inspired_by` into a link", () => {
    expect(measure("P4").content.extras?.milestones?.[0]).toEqual({
      name: { de: "Bestandsaufnahme der Kiezkassen", en: "Inventory of the neighbourhood funds" },
      due: "2023-11",
    });
    // The demo measures carry no deliverables or facts any more; the reader still keeps them.
    const file = demo();
    file.measures[5] = { ...file.measures[5], deliverables: ["Planer", "Handbuch"], facts: { area_m2: 3000 } };
    const extras = catalogueOf(file).measures[5]?.content.extras;
    expect(extras?.deliverables).toEqual(["Planer", "Handbuch"]);
    expect(extras?.facts).toEqual([{ key: "area_m2", value: "3000" }]);
    expect(measure("S1").content.extras?.responsibleCandidates).toHaveLength(3);
    expect(measure("D9").content.links).toEqual([
      { url: "https://mein.berlin.de/ideas/2022-14348", label: { de: "Inspiriert von", en: "Inspired by" } },
    ]);
  });

  it("makes readable, unique slugs from the German titles", () => {
    expect(measure("P1").slug).toBe("smart-water-wasser-und-stadtgruen-klimagerecht-gestalten");
    const slugs = catalogue.measures.map((m) => m.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});

describe("refusing a bad strategy file", () => {
  it("names the path of an unknown action field", () => {
    const file = demo();
    (file.measures[3] as { action_fields: string[] }).action_fields[0] = "XX-9";
    expect(issuesOf(file)).toEqual(['measures[3].action_fields[0]: unknown action field "XX-9"']);
  });

  it("reports every problem at once, each with its path, keeping the index of the entry", () => {
    const file = demo();
    file.measures[0] = { ...file.measures[0], type: "lokal" };
    file.measures[1] = { ...file.measures[1], colour: "blue" };
    file.measures[2] = { ...file.measures[2], status: 5 };
    file.measures[4] = { ...file.measures[4], phase: "mars", spatial_levels: ["kiez", "moon"] };
    file.measures[5] = { ...file.measures[5], district: "Atlantis", involved: ["kwb", "nope"] };
    file.action_fields[2] = { ...file.action_fields[2], cluster: "ZZ" };
    expect(issuesOf(file)).toEqual([
      "measures[1]: unknown field: colour",
      "measures[2].status: wrong type, expected: string",
      'action_fields[2].cluster: unknown cluster "ZZ"',
      'measures[0].type: unknown type "lokal" (zentral, dezentral or netzwerk)',
      'measures[4].phase: unknown implementation phase "mars"',
      'measures[4].spatial_levels[1]: unknown spatial level "moon"',
      'measures[5].involved[1]: unknown organisation "nope"',
      'measures[5].district: unknown district "Atlantis"',
    ]);
  });

  it("refuses missing required fields, duplicate ids and periods that end before they start", () => {
    const file = demo();
    const { name_de: _omitted, ...withoutTitle } = file.measures[0] as Record<string, unknown>;
    file.measures[0] = withoutTitle;
    file.measures[1] = { ...file.measures[1], id: "Z3" };
    file.measures[6] = { ...file.measures[6], period: "2026-09 – 2022-07" };
    file.measures[7] = { ...file.measures[7], action_fields: [] };
    expect(issuesOf(file)).toEqual([
      "measures[0].name_de: missing",
      "measures[7].action_fields: too small or too short (at least 1)",
      'measures[2].id: the identifier "Z3" appears twice',
      "measures[6].period: the end is before the start",
    ]);
  });

  it("refuses links that are not web addresses, so nothing like javascript: reaches a page", () => {
    const file = demo() as Demo & { meta: { sources: string[] } };
    file.meta.sources = ["javascript:alert(1)"];
    file.measures[0] = {
      ...file.measures[0],
      inspired_by: "javascript:alert(1)",
      links: [{ url: "data:text/html,x" }],
    };
    expect(issuesOf(file)).toEqual([
      "meta.sources[0]: invalid format (url)",
      "measures[0].inspired_by: invalid format (url)",
      "measures[0].links[0].url: invalid format (url)",
    ]);
  });

  it("refuses an unknown section and names it", () => {
    expect(issuesOf({ ...demo(), measure: [] })).toEqual(["(file): unknown field: measure"]);
  });

  it("checks assessments and teams against values, measures and organisations", () => {
    const issues = issuesOf({
      assessments: [
        { measure: "P1", value: "happiness", score: 2, assessed_by: "Büro", date: "2024-01-01" },
        { measure: "Q9", value: "resilient", score: 4, assessed_by: "Büro", date: "2024-01" },
      ],
      teams: [{ measure: "P1", members: [{ organisation: "nobody", role_de: "Leitung" }] }],
    });
    expect(issues).toEqual([
      "assessments[1].score: too big or too long (at most 3)",
      "assessments[1].date: a day is needed (2024-03-15)",
      'teams[0].measure: unknown measure "P1"',
      'teams[0].members[0].organisation: unknown organisation "nobody"',
      'assessments[0].measure: unknown measure "P1"',
      'assessments[0].value: unknown value of the values compass "happiness"',
    ]);
  });
});
