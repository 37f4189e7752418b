// Another city without a code change: the platform boots with an invented city of seven districts
// (tests/fixtures/city-seenstadt) and every page that names districts shows that city's, maps
// included, and none of Berlin's.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importStrategy } from "../../src/modules/strategy/use-cases/import-strategy";
import { CityFileError, loadCityFile } from "../../src/platform/city/city-file";
import { createTestApp, type TestApp } from "../support/app";
import { proposalBudget, signedIn } from "../support/budget";

const cityFile = join(import.meta.dirname, "../fixtures/city-seenstadt/city.yaml");
const seestadt = [
  ["altstadt", "Altstadt", "Old Town"],
  ["hafen", "Hafen", "Harbour"],
  ["seeufer", "Seeufer", "Lakeside"],
  ["nordheide", "Nordheide", "North Heath"],
  ["suedfeld", "Südfeld", "South Field"],
  ["ostmarkt", "Ostmarkt", "East Market"],
  ["westwald", "Westwald", "West Forest"],
] as const;
const berlin = [
  "Mitte",
  "Friedrichshain",
  "Pankow",
  "Charlottenburg",
  "Spandau",
  "Steglitz",
  "Tempelhof",
  "Neukölln",
  "Treptow",
  "Marzahn",
  "Lichtenberg",
  "Reinickendorf",
];

/** A small strategy for the invented city: one measure in two districts, one its district office runs. */
const strategy = {
  action_field_clusters: [{ id: "UM", name_de: "Umwelt", name_en: "Environment", source_status: "demo" }],
  action_fields: [
    { id: "UM-1", cluster: "UM", name_de: "Sauberes Wasser", name_en: "Clean water", source_status: "demo" },
  ],
  organisations: [
    { id: "ba-altstadt", name: "Bezirksamt Altstadt", kind: "verwaltung" },
    { id: "verein", name: "Seeverein", kind: "nachbarschaft" },
  ],
  measures: [
    {
      id: "M1",
      name_de: "Messbojen im See",
      name_en: "Measuring buoys in the lake",
      type: "zentral",
      responsible: "verein",
      districts: ["Seeufer", "hafen"],
      action_fields: ["UM-1"],
      source_status: "demo",
    },
    {
      id: "M2",
      name_de: "Regenwasser im Stadtpark",
      name_en: "Rainwater in the city park",
      type: "zentral",
      responsible: "ba-altstadt",
      scope: "gesamtstädtisch",
      action_fields: ["UM-1"],
      source_status: "demo",
    },
  ],
};

const noBerlin = (html: string) => {
  for (const name of berlin) expect(html, name).not.toContain(name);
};

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ env: { CITY_FILE: cityFile } });
  await importStrategy(
    t.deps,
    { actor: { kind: "system", label: "test" } },
    { document: strategy, source: "test" },
  ).catch((error) => {
    throw new Error(JSON.stringify(error.issues ?? error.details ?? error));
  });
});
afterAll(() => t.close());

describe("a second city, supplied as data", () => {
  it("reads the city file with its seven districts, its groups and its map", () => {
    expect(t.deps.city.name.de).toBe("Seestadt");
    expect(t.deps.city.districts.map((d) => d.key)).toEqual(seestadt.map(([key]) => key));
    expect(t.deps.city.stakeholderGroups.map((g) => g.key)).toEqual(["verwaltung", "nachbarschaft"]);
    expect(Object.keys(t.deps.city.map?.geometryIndex ?? {})).toHaveLength(7);
  });

  it("shows the home page without any of Berlin's districts", async () => {
    const response = await t.app.request("/");
    expect(response.status).toBe(200);
    noBerlin(await response.text());
  });

  it("draws /districts as a map with a link per district, and counts by place and by district office", async () => {
    const html = await (await t.app.request("/districts")).text();
    const links = [
      ...html.matchAll(/<a href="\/districts\/([a-z-]+)" class="district-map__link" aria-label="([^"]+)"/g),
    ];
    expect(links.map((m) => m[1])).toEqual(seestadt.map(([key]) => key));
    expect(html.match(/<path class="district-map__area/g)).toHaveLength(7);
    expect(html).toContain("Bezirksgrenzen: erfunden für Tests");
    // Seeufer and Hafen by place, Altstadt by its office, the table says so too.
    expect(links.find((m) => m[1] === "seeufer")?.[2]).toBe("Seeufer: 1 Maßnahme");
    expect(links.find((m) => m[1] === "altstadt")?.[2]).toBe("Altstadt: 1 Maßnahme");
    expect(links.find((m) => m[1] === "westwald")?.[2]).toBe("Westwald: 0 Maßnahmen");
    for (const [, de] of seestadt) expect(html).toContain(`>${de}</a>`);
    noBerlin(html);

    const english = await (await t.app.request("/districts?lang=en")).text();
    for (const [, , en] of seestadt) expect(english).toContain(`>${en}</a>`);
    expect(english).toContain("District boundaries: invented for tests");
  });

  it("shows a district page with its small map, and the measure its office is responsible for", async () => {
    const html = await (await t.app.request("/districts/altstadt")).text();
    expect(html).toContain("Maßnahmen in Altstadt");
    expect(html).toContain('class="district-map district-map--small"');
    expect(html).toContain("district-map__area--level-4");
    expect(html).toContain("Regenwasser im Stadtpark");
    noBerlin(html);
    expect((await t.app.request("/districts/neukoelln")).status).toBe(404);
  });

  it("offers the city's districts as filter on the measures list, and ignores Berlin's", async () => {
    const html = await (await t.app.request("/measures")).text();
    for (const [key, de] of seestadt) expect(html).toContain(`<option value="${key}">${de}</option>`);
    noBerlin(html);
    const filtered = await (await t.app.request("/measures?district=hafen")).text();
    expect(filtered).toContain("Messbojen im See");
    expect(filtered).not.toContain("Regenwasser im Stadtpark");
  });

  it("lets a resident choose one of the city's districts and groups on the profile, and refuses Berlin's", async () => {
    const { browser } = await signedIn(t);
    const html = await (await browser.get("/profile")).text();
    for (const [key] of seestadt) expect(html).toContain(`value="${key}"`);
    expect(html).toContain("Nachbarschaften");
    noBerlin(html);
    const saved = await browser.post("/profile", {
      displayName: "Seeläuferin",
      locale: "de",
      district: "seeufer",
      stakeholderGroup: "nachbarschaft",
    });
    expect(saved.status).toBeLessThan(400);
    const refused = await browser.post("/profile", {
      displayName: "Seeläuferin",
      locale: "de",
      district: "neukoelln",
      stakeholderGroup: "",
    });
    expect(refused.status).toBe(422);
  });

  it("sets up a budget for the city's districts only, and shows it", async () => {
    await expect(
      proposalBudget(t, {
        slug: "berlin-kasse",
        headings: [{ name: "Neukölln", district: "neukoelln", amount: 1000 }],
      }),
    ).rejects.toThrow();
    const { slug } = await proposalBudget(t, {
      slug: "seekasse",
      title: "Seekasse",
      headings: [
        { name: "Hafen", district: "hafen", amount: 5000 },
        { name: "Altstadt", district: "altstadt", amount: 4000 },
      ],
    });
    const response = await t.app.request(`/budgets/${slug}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Seekasse");
    noBerlin(html);
  });
});

describe("a city file with mistakes", () => {
  const dir = mkdtempSync(join(tmpdir(), "city-"));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it("is refused at start with every problem named", () => {
    const file = write(
      "broken.yaml",
      [
        "name: { de: Irgendwo }",
        "districts:",
        "  - { key: Nord, name: { de: Nord, en: North } }",
        "  - { key: sued, name: { de: Süd, en: South } }",
        "  - { key: sued, name: { de: Süd 2, en: South 2 } }",
      ].join("\n"),
    );
    expect(() => loadCityFile(file)).toThrow(CityFileError);
    let message = "";
    try {
      loadCityFile(file);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(file);
    expect(message).toContain("name.en");
    expect(message).toContain("districts.0.key");
    expect(message).toContain("the key sued appears twice");
  });

  it("names a district without a shape and a shape without a district", () => {
    write(
      "map.topojson",
      JSON.stringify({
        type: "Topology",
        arcs: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
        objects: {
          d: { type: "GeometryCollection", geometries: [{ type: "Polygon", arcs: [[0]], properties: { key: "ost" } }] },
        },
      }),
    );
    const file = write(
      "map.yaml",
      [
        "name: { de: Irgendwo, en: Somewhere }",
        "districts:",
        "  - { key: nord, name: { de: Nord, en: North } }",
        "map: { file: map.topojson, object: d, property: key, attribution: { de: Quelle, en: Source } }",
      ].join("\n"),
    );
    expect(() => loadCityFile(file)).toThrow(/no shape has key = nord[\s\S]*the shape ost belongs to no district/);
  });
});
