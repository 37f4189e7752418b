import fc from "fast-check";
import jsonld from "jsonld";
import { DataFactory, Parser, type Quad, Store, type Term } from "n3";
import { describe, expect, it } from "vitest";
import {
  type CatalogueDate,
  type CatalogueDescription,
  catalogueAsJsonLd,
  catalogueAsTurtle,
  catalogueIri,
  type DatasetDescription,
  DEFAULT_LICENCE,
  datasetIri,
  dcatPrefixes,
} from "./dcat";

/*
 * The Turtle is read back with n3 and checked property by property against what DCAT-AP.de 2.0 and
 * GovData's conventions require (no SHACL engine: the official shapes need the controlled vocabularies
 * loaded, and a hand-written shape would only restate these checks). The JSON-LD is turned into
 * triples by the `jsonld` library, so its @context is checked by a real JSON-LD processor.
 */

const { namedNode } = DataFactory;
const ns = (prefix: keyof typeof dcatPrefixes) => (local: string) => namedNode(dcatPrefixes[prefix] + local);
const dcat = ns("dcat");
const dct = ns("dct");
const dcatde = ns("dcatde");
const foaf = ns("foaf");
const vcard = ns("vcard");
const xsd = ns("xsd");
const rdfType = namedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

const BASE = "https://gemeinsam.example.berlin";
const MODIFIED = new Date("2025-03-31T08:15:00Z");

function dataset(id: string, de: string, en: string, themes: DatasetDescription["themes"]): DatasetDescription {
  return {
    id,
    title: { de, en },
    description: {
      de: `${de} der Strategie, offen zum Weiterverwenden.`,
      en: `${en} of the strategy, open for reuse.`,
    },
    keywords: { de: [de, "Smart City"], en: [en, "smart city"] },
    themes,
    issued: "2024-01-15",
    modified: MODIFIED,
    temporal: { start: "2024-01-01" },
    distributions: [
      {
        id: "csv",
        title: { de: `${de} (CSV)`, en: `${en} (CSV)` },
        accessUrl: `/api/v1/open-data/${id}.csv`,
        mediaType: "text/csv",
        format: "CSV",
      },
      {
        id: "json",
        title: { de: `${de} (JSON)`, en: `${en} (JSON)` },
        accessUrl: `/api/v1/open-data/${id}.json`,
        mediaType: "application/json",
        format: "JSON",
        byteSize: 48_213,
        modified: "2025-03-30",
      },
    ],
  };
}

function catalogue(overrides: Partial<CatalogueDescription> = {}): CatalogueDescription {
  return {
    baseUrl: BASE,
    title: { de: "Offene Daten: Gemeinsam Digital", en: "Open data: Gemeinsam Digital" },
    description: {
      de: "Maßnahmen, Indikatoren, Zielwerte, Messwerte und Lehren der Smart-City-Strategie.",
      en: "Measures, indicators, targets, observations and lessons of the smart-city strategy.",
    },
    publisher: { uri: "https://www.berlin.de/rbmskzl/#publisher", name: { de: "Land Berlin", en: "State of Berlin" } },
    homepage: "/",
    contributorId: "http://dcat-ap.de/def/contributors/berlinOpenData",
    politicalGeocodingLevel: "state",
    politicalGeocodingUris: ["http://dcat-ap.de/def/politicalGeocoding/stateKey/11"],
    geocodingDescription: { de: "Berlin", en: "Berlin" },
    spatial: ["http://sws.geonames.org/2950157/"],
    contactPoint: { name: "Geschäftsstelle Smart City", email: "smart-city@example.berlin", url: "/kontakt" },
    issued: "2024-01-15",
    modified: MODIFIED,
    datasets: [
      dataset("measures", "Maßnahmen", "Measures", ["GOVE", "TECH"]),
      dataset("indicators", "Indikatoren", "Indicators", ["GOVE"]),
      dataset("targets", "Zielwerte", "Targets", ["GOVE"]),
      dataset("observations", "Messwerte", "Observations", ["ENVI", "TRAN"]),
      dataset("lessons", "Lehren", "Lessons learned", ["GOVE", "SOCI"]),
    ],
    ...overrides,
  };
}

function parse(turtle: string): Store {
  return new Store(new Parser({ format: "text/turtle" }).parse(turtle));
}

function objects(store: Store, subject: Term, predicate: Term): Term[] {
  return store.getObjects(subject, predicate, null);
}

function only(store: Store, subject: Term, predicate: Term): Term {
  const found = objects(store, subject, predicate);
  expect(found, `${subject.value} ${predicate.value}`).toHaveLength(1);
  return found[0] as Term;
}

function subjectsOfType(store: Store, type: Term): Term[] {
  return store.getSubjects(rdfType, type, null);
}

function isA(store: Store, subject: Term, type: Term): boolean {
  return store.has(DataFactory.quad(subject as Quad["subject"], rdfType, type as Quad["object"]));
}

/** A mandatory text: one non-blank literal in German and one in English, nothing else. */
function expectGermanAndEnglish(store: Store, subject: Term, predicate: Term) {
  const found = objects(store, subject, predicate);
  expect(found.every((term) => term.termType === "Literal")).toBe(true);
  expect(found.map((term) => (term.termType === "Literal" ? term.language : "")).sort()).toEqual(["de", "en"]);
  for (const term of found) expect(term.value.trim()).not.toBe("");
}

function expectIriUnder(term: Term, namespace: string) {
  expect(term.termType).toBe("NamedNode");
  expect(term.value.startsWith(namespace), `${term.value} under ${namespace}`).toBe(true);
}

function expectDate(term: Term) {
  expect(term.termType).toBe("Literal");
  if (term.termType !== "Literal") return;
  expect([xsd("date").value, xsd("dateTime").value]).toContain(term.datatype.value);
  const pattern = term.datatype.value === xsd("date").value ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;
  expect(term.value).toMatch(pattern);
}

/** Every triple as one line of text, so two graphs without blank nodes compare as sets. */
function tripleKey(quad: Quad): string {
  const object =
    quad.object.termType === "Literal"
      ? `"${quad.object.value}"@${quad.object.language}^^${quad.object.datatype.value}`
      : `<${quad.object.value}>`;
  return `<${quad.subject.value}> <${quad.predicate.value}> ${object}`;
}

async function jsonLdTriples(document: object): Promise<string[]> {
  const nquads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, { format: "application/n-quads" })) as string;
  return new Parser({ format: "N-Quads" }).parse(nquads).map(tripleKey).sort();
}

function turtleTriples(turtle: string): string[] {
  return new Parser({ format: "text/turtle" }).parse(turtle).map(tripleKey).sort();
}

describe("the catalogue in Turtle", () => {
  const turtle = catalogueAsTurtle(catalogue());
  const store = parse(turtle);
  const catalog = namedNode(catalogueIri(BASE));
  const datasets = subjectsOfType(store, dcat("Dataset"));
  const distributions = subjectsOfType(store, dcat("Distribution"));

  it("describes one catalogue with five datasets of two distributions each", () => {
    expect(subjectsOfType(store, dcat("Catalog")).map((term) => term.value)).toEqual([catalog.value]);
    expect(datasets.map((term) => term.value).sort()).toEqual(
      ["indicators", "lessons", "measures", "observations", "targets"].map((id) => datasetIri(BASE, id)),
    );
    expect(distributions).toHaveLength(10);
  });

  it("gives the catalogue its mandatory and recommended properties", () => {
    expectGermanAndEnglish(store, catalog, dct("title"));
    expectGermanAndEnglish(store, catalog, dct("description"));
    const publisher = only(store, catalog, dct("publisher"));
    expect(publisher.termType).toBe("NamedNode");
    expect(isA(store, publisher, foaf("Agent"))).toBe(true);
    expectGermanAndEnglish(store, publisher, foaf("name"));
    const listed = objects(store, catalog, dcat("dataset"));
    expect(listed.map((term) => term.value).sort()).toEqual(datasets.map((term) => term.value).sort());

    expect(only(store, catalog, foaf("homepage"))).toEqual(namedNode(`${BASE}/`));
    expect(only(store, catalog, dct("license"))).toEqual(namedNode(DEFAULT_LICENCE));
    expect(objects(store, catalog, dct("language")).map((term) => term.value)).toEqual([
      "http://publications.europa.eu/resource/authority/language/DEU",
      "http://publications.europa.eu/resource/authority/language/ENG",
    ]);
    expect(only(store, catalog, dcat("themeTaxonomy")).value).toBe(
      "http://publications.europa.eu/resource/authority/data-theme",
    );
    expectDate(only(store, catalog, dct("issued")));
    expectDate(only(store, catalog, dct("modified")));
    expectIriUnder(only(store, catalog, dct("spatial")), "http://sws.geonames.org/");
  });

  it("gives every dataset its mandatory properties and the ones GovData's conventions ask for", () => {
    for (const subject of datasets) {
      expectGermanAndEnglish(store, subject, dct("title"));
      expectGermanAndEnglish(store, subject, dct("description"));
      // Konvention 36: a publisher, exactly one, an agent with a name.
      const publisher = only(store, subject, dct("publisher"));
      expect(isA(store, publisher, foaf("Agent"))).toBe(true);
      // Konvention 12/13: exactly one provider id from dcat-ap.de's list.
      expectIriUnder(only(store, subject, dcatde("contributorID")), "http://dcat-ap.de/def/contributors/");
      // Konvention 01: a contact with an e-mail address or a web address.
      const contact = only(store, subject, dcat("contactPoint"));
      expect(isA(store, contact, vcard("Kind"))).toBe(true);
      const reachable = [...objects(store, contact, vcard("hasEmail")), ...objects(store, contact, vcard("hasURL"))];
      expect(reachable.length).toBeGreaterThan(0);
      for (const address of reachable) expect(address.termType).toBe("NamedNode");
      expectIriUnder(only(store, contact, vcard("hasEmail")), "mailto:");

      const themes = objects(store, subject, dcat("theme"));
      expect(themes.length).toBeGreaterThan(0);
      for (const theme of themes) expectIriUnder(theme, "http://publications.europa.eu/resource/authority/data-theme/");
      const keywords = objects(store, subject, dcat("keyword"));
      expect(keywords.length).toBeGreaterThan(0);
      for (const keyword of keywords) expect(keyword.termType).toBe("Literal");

      expect(only(store, subject, dcatde("politicalGeocodingLevelURI")).value).toBe(
        "http://dcat-ap.de/def/politicalGeocoding/Level/state",
      );
      expectIriUnder(
        only(store, subject, dcatde("politicalGeocodingURI")),
        "http://dcat-ap.de/def/politicalGeocoding/",
      );
      expectGermanAndEnglish(store, subject, dcatde("geocodingDescription"));
      expect(only(store, subject, dct("identifier")).termType).toBe("Literal");
      expectDate(only(store, subject, dct("issued")));
      expectDate(only(store, subject, dct("modified")));
      const period = only(store, subject, dct("temporal"));
      expect(isA(store, period, dct("PeriodOfTime"))).toBe(true);
      expectDate(only(store, period, dcat("startDate")));

      const own = objects(store, subject, dcat("distribution"));
      expect(own).toHaveLength(2);
      for (const distribution of own) expect(isA(store, distribution, dcat("Distribution"))).toBe(true);
    }
  });

  it("gives every distribution an access URL, a licence from the list, a format and a media type", () => {
    for (const subject of distributions) {
      const access = only(store, subject, dcat("accessURL"));
      expectIriUnder(access, `${BASE}/api/v1/open-data/`);
      // Konvention 39: a plain download has the same download URL.
      expect(only(store, subject, dcat("downloadURL"))).toEqual(access);
      // Konvention 31 and 32.
      expect(only(store, subject, dct("license"))).toEqual(namedNode(DEFAULT_LICENCE));
      const format = only(store, subject, dct("format"));
      expectIriUnder(format, "http://publications.europa.eu/resource/authority/file-type/");
      const mediaType = only(store, subject, dcat("mediaType"));
      expectIriUnder(mediaType, "http://www.iana.org/assignments/media-types/");
      expect(format.value.endsWith("/CSV")).toBe(mediaType.value.endsWith("/text/csv"));
      expect(access.value.endsWith(".csv")).toBe(mediaType.value.endsWith("/text/csv"));
      expectGermanAndEnglish(store, subject, dct("title"));
      expectDate(only(store, subject, dct("modified")));
      expect(only(store, subject, dcatde("licenseAttributionByText")).value).toBe("Land Berlin");
    }
    const json = namedNode(`${datasetIri(BASE, "measures")}/distributions/json`);
    const size = only(store, json, dcat("byteSize"));
    expect(size.termType === "Literal" && size.datatype.value).toBe(xsd("decimal").value);
    expect(size.value).toBe("48213");
    expect(only(store, json, dct("modified")).value).toBe("2025-03-30");
    const csv = namedNode(`${datasetIri(BASE, "measures")}/distributions/csv`);
    expect(only(store, csv, dct("modified")).value).toBe(MODIFIED.toISOString());
  });

  it("holds no undefined, NaN or blank literal", () => {
    for (const quad of store.getQuads(null, null, null, null)) {
      for (const term of [quad.subject, quad.predicate, quad.object]) {
        expect(term.value.trim()).not.toBe("");
        expect(term.value).not.toMatch(/\b(undefined|NaN|null)\b/);
      }
    }
    expect(JSON.stringify(catalogueAsJsonLd(catalogue()))).not.toMatch(/\b(undefined|NaN|null)\b/);
  });

  it("types dates as xsd:date for days and xsd:dateTime for instants", () => {
    expect(turtle).toContain('dct:issued "2024-01-15"^^xsd:date');
    expect(turtle).toContain('dct:modified "2025-03-31T08:15:00.000Z"^^xsd:dateTime');
  });
});

describe("literals", () => {
  const tricky =
    'Er sagte "Grüß Gott" \\ und ging.\nZweite Zeile\r\n\tmit Tab, ß, Ä, 🚲, \u0000\u0007\u007f\u0085\u2028 Ende ';

  it("come back exactly after writing and parsing the Turtle", () => {
    const description = catalogue({
      title: { de: tricky, en: `${tricky} (en)` },
      description: { de: "Zeile 1\nZeile 2", en: 'Backslash \\" and quote' },
    });
    const store = parse(catalogueAsTurtle(description));
    const titles = objects(store, namedNode(catalogueIri(BASE)), dct("title"));
    expect(titles.map((term) => term.value).sort()).toEqual([tricky, `${tricky} (en)`].sort());
    const descriptions = objects(store, namedNode(catalogueIri(BASE)), dct("description"));
    expect(descriptions.map((term) => term.value).sort()).toEqual(['Backslash \\" and quote', "Zeile 1\nZeile 2"]);
  });

  it("keep umlauts as UTF-8 and escape control characters", () => {
    const turtle = catalogueAsTurtle(catalogue({ title: { de: tricky, en: "x" } }));
    expect(turtle).toContain(
      '"Er sagte \\"Grüß Gott\\" \\\\ und ging.\\nZweite Zeile\\r\\n\\tmit Tab, ß, Ä, 🚲, \\u0000\\u0007\\u007F\\u0085\\u2028 Ende "@de',
    );
  });

  it("replace a lone surrogate, which UTF-8 cannot hold, with U+FFFD", () => {
    const store = parse(catalogueAsTurtle(catalogue({ title: { de: "Halb \ud83d Zeichen", en: "x" } })));
    const titles = objects(store, namedNode(catalogueIri(BASE)), dct("title")).map((term) => term.value);
    expect(titles).toContain("Halb \uFFFD Zeichen");
  });
});

describe("JSON-LD and Turtle", () => {
  it("hold the same triples", async () => {
    const description = catalogue({ title: { de: 'Titel mit "Anführung"\nund Zeile', en: "Title \\ backslash" } });
    const fromJsonLd = await jsonLdTriples(catalogueAsJsonLd(description));
    const fromTurtle = turtleTriples(catalogueAsTurtle(description));
    expect(fromJsonLd.length).toBeGreaterThan(200);
    expect(fromJsonLd).toEqual(fromTurtle);
  });

  it("use a context with every prefix and tag languages and dates", () => {
    const document = catalogueAsJsonLd(catalogue());
    expect(document["@context"]).toEqual(dcatPrefixes);
    const root = document["@graph"][0];
    expect(root?.["@id"]).toBe(catalogueIri(BASE));
    expect(root?.["@type"]).toEqual(["dcat:Catalog"]);
    expect(root?.["dct:title"]).toEqual([
      { "@value": "Offene Daten: Gemeinsam Digital", "@language": "de" },
      { "@value": "Open data: Gemeinsam Digital", "@language": "en" },
    ]);
    expect(root?.["dct:issued"]).toEqual({ "@value": "2024-01-15", "@type": "xsd:date" });
    expect(root?.["dct:modified"]).toEqual({ "@value": "2025-03-31T08:15:00.000Z", "@type": "xsd:dateTime" });
  });
});

describe("the catalogue's shape", () => {
  it("is still a catalogue without datasets", async () => {
    const description = catalogue({ datasets: [] });
    const turtle = catalogueAsTurtle(description);
    const store = parse(turtle);
    const catalog = namedNode(catalogueIri(BASE));
    expect(isA(store, catalog, dcat("Catalog"))).toBe(true);
    expectGermanAndEnglish(store, catalog, dct("title"));
    expectGermanAndEnglish(store, catalog, dct("description"));
    expectGermanAndEnglish(store, only(store, catalog, dct("publisher")), foaf("name"));
    expect(objects(store, catalog, dcat("dataset"))).toEqual([]);
    // Only the catalogue and its publisher: the shared contact point is left out when nothing uses it.
    expect(new Set(store.getSubjects(null, null, null).map((term) => term.value)).size).toBe(2);
    expect(await jsonLdTriples(catalogueAsJsonLd(description))).toEqual(turtleTriples(turtle));
  });

  it("is the same bytes for the same input, whatever order the free lists come in", () => {
    const first = catalogue();
    const reordered = catalogue({
      datasets: [...(first.datasets ?? [])].reverse().map((entry) => ({
        ...entry,
        themes: [...entry.themes].reverse(),
        keywords: { de: [...entry.keywords.de].reverse(), en: [...entry.keywords.en].reverse() },
        distributions: [...entry.distributions].reverse(),
      })),
    });
    expect(catalogueAsTurtle(first)).toBe(catalogueAsTurtle(catalogue()));
    expect(catalogueAsTurtle(reordered)).toBe(catalogueAsTurtle(first));
    expect(JSON.stringify(catalogueAsJsonLd(reordered))).toBe(JSON.stringify(catalogueAsJsonLd(first)));
  });

  it("uses a configured licence for the catalogue and every distribution", () => {
    const licence = "http://dcat-ap.de/def/licenses/cc-by/4.0";
    const store = parse(catalogueAsTurtle(catalogue({ licence, licenceAttribution: "Land Berlin, Senatskanzlei" })));
    const licences = store.getQuads(null, dct("license"), null, null).map((quad) => quad.object.value);
    expect(licences).toHaveLength(11);
    expect(new Set(licences)).toEqual(new Set([licence]));
    const attributions = store.getObjects(null, dcatde("licenseAttributionByText"), null).map((term) => term.value);
    expect(new Set(attributions)).toEqual(new Set(["Land Berlin, Senatskanzlei"]));
  });

  it("makes every IRI from the base URL, path prefix included", () => {
    const base = "https://Example.org/gemeinsam/";
    const store = parse(catalogueAsTurtle(catalogue({ baseUrl: base })));
    expect(catalogueIri(base)).toBe("https://example.org/gemeinsam/api/v1/open-data/catalog");
    expect(subjectsOfType(store, dcat("Catalog"))).toEqual([namedNode(catalogueIri(base))]);
    const access = store.getObjects(null, dcat("accessURL"), null).map((term) => term.value);
    expect(access).toContain("https://example.org/gemeinsam/api/v1/open-data/measures.csv");
    expect(store.getObjects(null, foaf("homepage"), null)).toEqual([namedNode("https://example.org/gemeinsam/")]);
  });

  it("gives a dataset with its own contact point its own vcard", () => {
    const own = { ...dataset("lessons", "Lehren", "Lessons", ["GOVE"]), contactPoint: { name: "Team", url: "/team" } };
    const store = parse(catalogueAsTurtle(catalogue({ datasets: [own] })));
    const contact = only(store, namedNode(datasetIri(BASE, "lessons")), dcat("contactPoint"));
    expect(contact.value).toBe(`${datasetIri(BASE, "lessons")}#contact-point`);
    expect(only(store, contact, vcard("hasURL"))).toEqual(namedNode(`${BASE}/team`));
    expect(objects(store, contact, vcard("hasEmail"))).toEqual([]);
  });

  it("percent-encodes characters Turtle does not allow in IRIs", () => {
    const odd = { ...dataset("lessons", "Lehren", "Lessons", ["GOVE"]), landingPage: "/lessons?q={a|b}^`" };
    const store = parse(catalogueAsTurtle(catalogue({ datasets: [odd] })));
    const page = only(store, namedNode(datasetIri(BASE, "lessons")), dcat("landingPage"));
    expect(page.value).toBe(`${BASE}/lessons?q=%7Ba%7Cb%7D%5E%60`);
  });
});

describe("a description that would give an invalid catalogue", () => {
  const refusals: [string, Partial<CatalogueDescription>][] = [
    ["a blank title", { title: { de: "  ", en: "Open data" } }],
    ["a contact point without e-mail or web address", { contactPoint: { name: "Niemand" } }],
    ["a licence outside the dcat-ap.de list", { licence: "https://creativecommons.org/licenses/by/4.0/" }],
    ["a contributor id outside the list", { contributorId: "https://example.org/me" }],
    ["an impossible day", { modified: "2025-02-30" }],
    ["an invalid date", { modified: new Date(Number.NaN) }],
    ["a base URL with a query", { baseUrl: "https://example.org/?a=1" }],
    ["two datasets with one id", { datasets: [dataset("a", "A", "A", []), dataset("a", "B", "B", [])] }],
    [
      "a temporal coverage that ends before it starts",
      {
        datasets: [{ ...dataset("a", "A", "A", []), temporal: { start: "2025-01-02", end: "2025-01-01" } }],
      },
    ],
    ["a blank keyword", { datasets: [{ ...dataset("a", "A", "A", []), keywords: { de: [""], en: [] } }] }],
    [
      "a negative byte size",
      {
        datasets: [
          {
            ...dataset("a", "A", "A", []),
            distributions: [
              {
                id: "csv",
                title: { de: "A", en: "A" },
                accessUrl: "/a.csv",
                mediaType: "text/csv",
                format: "CSV",
                byteSize: -1,
              },
            ],
          },
        ],
      },
    ],
  ];
  it.each(refusals)("is refused: %s", (_, overrides) => {
    expect(() => catalogueAsTurtle(catalogue(overrides))).toThrow();
    expect(() => catalogueAsJsonLd(catalogue(overrides))).toThrow();
  });
});

describe("any text", () => {
  /** Any code point (no lone surrogates), quotes, backslashes and line breaks made likely. */
  const anyText = fc
    .string({
      unit: fc.oneof(
        fc.constantFrom('"', "\\", "\n", "\r", "\t", "'", "ä", "\u0000"),
        fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
      ),
      minLength: 1,
      maxLength: 40,
    })
    .filter((value) => value.trim() !== "");
  const day: fc.Arbitrary<CatalogueDate> = fc
    .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

  it("survives Turtle and JSON-LD with the same literal values", async () => {
    await fc.assert(
      fc.asyncProperty(
        anyText,
        anyText,
        anyText,
        anyText,
        fc.array(anyText, { maxLength: 4 }),
        day,
        async (titleDe, titleEn, descriptionDe, descriptionEn, keywords, modified) => {
          const description = catalogue({
            title: { de: titleDe, en: titleEn },
            datasets: [
              {
                ...dataset("measures", "Maßnahmen", "Measures", ["GOVE"]),
                description: { de: descriptionDe, en: descriptionEn },
                keywords: { de: keywords, en: [] },
                modified,
              },
            ],
          });
          const turtle = catalogueAsTurtle(description);
          const store = parse(turtle);
          const titles = objects(store, namedNode(catalogueIri(BASE)), dct("title"));
          expect(titles.find((term) => term.termType === "Literal" && term.language === "de")?.value).toBe(titleDe);
          expect(titles.find((term) => term.termType === "Literal" && term.language === "en")?.value).toBe(titleEn);
          const measures = namedNode(datasetIri(BASE, "measures"));
          const descriptions = objects(store, measures, dct("description"));
          expect(descriptions.find((term) => term.termType === "Literal" && term.language === "de")?.value).toBe(
            descriptionDe,
          );
          expect(descriptions.find((term) => term.termType === "Literal" && term.language === "en")?.value).toBe(
            descriptionEn,
          );
          expect(new Set(objects(store, measures, dcat("keyword")).map((term) => term.value)).size).toBe(
            new Set(keywords).size,
          );
          expect(new Set(objects(store, measures, dcat("keyword")).map((term) => term.value))).toEqual(
            new Set(keywords),
          );
          expect(only(store, measures, dct("modified")).value).toBe(modified);
          expect(await jsonLdTriples(catalogueAsJsonLd(description))).toEqual(turtleTriples(turtle));
        },
      ),
      { numRuns: 150 },
    );
  });
});
