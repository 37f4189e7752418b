import { z } from "zod";

/**
 * The site's open-data catalogue in DCAT-AP.de 2.0 (the monitoring datasets and those other modules
 * offer), as JSON-LD and as Turtle.
 * Pure: the caller passes the site's base URL, the texts and every date; nothing is read here.
 *
 * What is written follows the DCAT-AP.de 2.0 specification and the GovData conventions handbook
 * (Konventionen) as its SHACL shapes check them:
 * - Catalog: dct:title, dct:description (de and en), one dct:publisher (foaf:Agent with foaf:name);
 *   recommended foaf:homepage, dct:license, dct:language, dcat:themeTaxonomy, dct:issued/modified, dct:spatial.
 * - Dataset: dct:title, dct:description, dct:publisher (K36), dcatde:contributorID when the city has one
 *   (K12, needed only for direct delivery to GovData), dcat:contactPoint with an e-mail or web address
 *   (K01), dcat:theme from the EU data-theme vocabulary, dcat:keyword, political geocoding, dct:temporal.
 * - Distribution: dcat:accessURL (and the same dcat:downloadURL for a plain download, K39), dct:license
 *   from the dcat-ap.de licence list (K31), dct:format from the EU file-type vocabulary (K32),
 *   dcat:mediaType as an IANA URI, dct:title, dct:modified, dcatde:licenseAttributionByText (K35).
 *
 * Every node has an IRI (no blank nodes), so both serialisations hold exactly the same triples and a
 * harvester can tell one dataset from another across runs. The output is deterministic: nodes,
 * properties and values are sorted wherever the order carries no meaning.
 */

/** The namespaces used, written as the JSON-LD context and as the Turtle prefixes. */
export const dcatPrefixes = {
  dcat: "http://www.w3.org/ns/dcat#",
  dcatde: "http://dcat-ap.de/def/dcatde/",
  dct: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
} as const;

/** "Datenlizenz Deutschland – Namensnennung – 2.0", as the dcat-ap.de licence list names it. */
export const DEFAULT_LICENCE = "http://dcat-ap.de/def/licenses/dl-by-de/2.0";

const LICENCES = "http://dcat-ap.de/def/licenses/";
const CONTRIBUTORS = "http://dcat-ap.de/def/contributors/";
const POLITICAL_GEOCODING = "http://dcat-ap.de/def/politicalGeocoding/";
const DATA_THEMES = "http://publications.europa.eu/resource/authority/data-theme";
const FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type/";
const LANGUAGES = "http://publications.europa.eu/resource/authority/language/";
const MEDIA_TYPES = "http://www.iana.org/assignments/media-types/";

/** The EU data-theme vocabulary (the categories GovData shows). */
export const dataThemes = [
  "AGRI",
  "ECON",
  "EDUC",
  "ENER",
  "ENVI",
  "GOVE",
  "HEAL",
  "INTR",
  "JUST",
  "OP_DATPRO",
  "REGI",
  "SOCI",
  "TECH",
  "TRAN",
] as const;
export type DataTheme = (typeof dataThemes)[number];

/** The codes of the EU file-type vocabulary that open-data exports of this platform use. */
export const fileTypes = [
  "CSV",
  "GEOJSON",
  "JSON",
  "JSON_LD",
  "ODS",
  "PDF",
  "RDF_TURTLE",
  "XLSX",
  "XML",
  "ZIP",
] as const;
export type FileType = (typeof fileTypes)[number];

/** The levels of dcat-ap.de's political geocoding; a city-state such as Berlin is both state and municipality. */
export const politicalGeocodingLevels = ["federal", "state", "administrativeDistrict", "municipality"] as const;
export type PoliticalGeocodingLevel = (typeof politicalGeocodingLevels)[number];

/** A lone surrogate cannot be written as UTF-8; it becomes U+FFFD, the character a browser would show. */
const loneSurrogate = /\p{Cs}/gu;

/** A text as given (spaces kept, so it round-trips exactly), but never blank: empty literals say nothing. */
const text = z
  .string()
  .refine((value) => value.trim() !== "", "must not be blank")
  .transform((value) => value.replace(loneSurrogate, "\uFFFD"));
const localisedText = z.strictObject({ de: text, en: text });

const webAddress = z.url({ protocol: /^https?$/ });
/** A web address, or a path on this site (`/api/v1/…`) that is put after the base URL. */
const link = z.union([webAddress, z.string().regex(/^\/(?!\/)\S*$/, "must be a web address or a path")]);

/** Years 1–9999 only: xsd:dateTime has no sign and ISO strings outside that range get one. */
const instant = z.date().refine((date) => {
  const year = date.getUTCFullYear();
  return year >= 1 && year <= 9999;
}, "must lie in the years 1 to 9999");
/** A calendar day (`2025-03-31`, written as xsd:date) or an instant (written as xsd:dateTime in UTC). */
const dateValue = z.union([z.iso.date(), instant]);
export type CatalogueDate = z.input<typeof dateValue>;

/** Lower-case words joined by dashes: the last part of a dataset's or distribution's IRI. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by dashes");

function iriUnder(namespace: string) {
  return z
    .string()
    .refine(
      (value) => value.startsWith(namespace) && value.length > namespace.length && URL.canParse(value),
      `must be an IRI under ${namespace}`,
    );
}

/** The base URL as `new URL` writes it (lower-case host, …), without a trailing slash. */
function normalisedBase(baseUrl: string): string {
  return new URL(baseUrl).href.replace(/\/+$/, "");
}

function hasUniqueIds(items: readonly { id: string }[]): boolean {
  return new Set(items.map((item) => item.id)).size === items.length;
}

function epochMilliseconds(date: string | Date): number {
  return typeof date === "string" ? Date.parse(`${date}T00:00:00Z`) : date.getTime();
}

const contactPointSchema = z
  .strictObject({ name: text, email: z.email().optional(), url: link.optional() })
  .refine(
    (contact) => contact.email !== undefined || contact.url !== undefined,
    "needs an e-mail or web address (DCAT-AP.de Konvention 01)",
  );
export type ContactPoint = z.input<typeof contactPointSchema>;

const publisherSchema = z.strictObject({ uri: link, name: localisedText });
export type Publisher = z.input<typeof publisherSchema>;
export type LocalisedText = z.input<typeof localisedText>;

const distributionSchema = z.strictObject({
  id: slug,
  title: localisedText,
  description: localisedText.optional(),
  accessUrl: link,
  /** Defaults to the access URL: for a plain download both are the same (Konvention 39). */
  downloadUrl: link.optional(),
  /** An IANA media type without parameters, e.g. `text/csv`. */
  mediaType: z
    .string()
    .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i, "must be an IANA media type such as text/csv"),
  format: z.enum(fileTypes),
  /** Defaults to the catalogue's licence. */
  licence: iriUnder(LICENCES).optional(),
  byteSize: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  issued: dateValue.optional(),
  /** Defaults to the dataset's date of change. */
  modified: dateValue.optional(),
});
export type DistributionDescription = z.input<typeof distributionSchema>;

const temporalSchema = z
  .strictObject({ start: dateValue.optional(), end: dateValue.optional() })
  .refine((period) => period.start !== undefined || period.end !== undefined, "needs a start or an end")
  .refine(
    (period) =>
      period.start === undefined ||
      period.end === undefined ||
      epochMilliseconds(period.start) <= epochMilliseconds(period.end),
    "must not end before it starts",
  );

const datasetSchema = z.strictObject({
  id: slug,
  title: localisedText,
  description: localisedText,
  keywords: z.strictObject({ de: z.array(text), en: z.array(text) }),
  themes: z.array(z.enum(dataThemes)),
  issued: dateValue.optional(),
  modified: dateValue,
  landingPage: link.optional(),
  /** Defaults to the catalogue's spatial coverage. */
  spatial: z.array(webAddress).optional(),
  temporal: temporalSchema.optional(),
  /** Defaults to the catalogue's contact point. */
  contactPoint: contactPointSchema.optional(),
  distributions: z.array(distributionSchema).refine(hasUniqueIds, "distribution ids must be unique"),
});
export type DatasetDescription = z.input<typeof datasetSchema>;

/** Everything the catalogue says; the city's part comes from its configuration, the datasets from the module. */
export const catalogueDescriptionSchema = z.strictObject({
  /** The site's address (with a path prefix if it has one); every IRI of the catalogue is made from it. */
  baseUrl: webAddress
    .refine((value) => !/[?#]/.test(value), "must have neither query nor fragment")
    .transform(normalisedBase),
  title: localisedText,
  description: localisedText,
  publisher: publisherSchema,
  homepage: link,
  licence: iriUnder(LICENCES).default(DEFAULT_LICENCE),
  /** The attribution the licence asks for (Konvention 35); defaults to the publisher's German name. */
  licenceAttribution: text.optional(),
  /** The city's entry in dcat-ap.de's list of data providers, if it delivers to GovData directly. */
  contributorId: iriUnder(CONTRIBUTORS).optional(),
  politicalGeocodingLevel: z.enum(politicalGeocodingLevels).optional(),
  /** E.g. `http://dcat-ap.de/def/politicalGeocoding/stateKey/11` for Berlin. */
  politicalGeocodingUris: z.array(iriUnder(POLITICAL_GEOCODING)).optional(),
  geocodingDescription: localisedText.optional(),
  /** Places covered, as IRIs (e.g. GeoNames); datasets inherit them. */
  spatial: z.array(webAddress).optional(),
  contactPoint: contactPointSchema,
  issued: dateValue.optional(),
  modified: dateValue,
  datasets: z.array(datasetSchema).refine(hasUniqueIds, "dataset ids must be unique"),
});
export type CatalogueDescription = z.input<typeof catalogueDescriptionSchema>;
type Catalogue = z.output<typeof catalogueDescriptionSchema>;
type Dataset = Catalogue["datasets"][number];
type Distribution = Dataset["distributions"][number];

/** The catalogue's own IRI; the documents `catalog.jsonld` and `catalog.ttl` describe it. */
export function catalogueIri(baseUrl: string): string {
  return iriText(`${normalisedBase(baseUrl)}/api/v1/open-data/catalog`);
}

/** A dataset's IRI: stable across runs, so harvesters recognise it again. */
export function datasetIri(baseUrl: string, datasetId: string): string {
  return iriText(`${normalisedBase(baseUrl)}/api/v1/open-data/datasets/${datasetId}`);
}

// --- The graph both serialisations are written from -------------------------------------------

type Language = "de" | "en";
type Datatype = "xsd:date" | "xsd:dateTime" | "xsd:decimal";
type Term = { iri: string } | { literal: string; language?: Language; datatype?: Datatype };
type GraphNode = { id: string; types: string[]; properties: Record<string, Term[]> };

/** Characters Turtle does not allow in an IRI; `new URL` leaves some of them in queries. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is encoded
const iriForbidden = /[\u0000-\u0020<>"{}|^`\\]/g;

function iriText(address: string): string {
  return address.replace(iriForbidden, (char) => encodeURIComponent(char));
}

function resolve(baseUrl: string, address: string): string {
  return iriText(new URL(address.startsWith("/") ? baseUrl + address : address).href);
}

const iri = (value: string): Term => ({ iri: value });
const plain = (value: string): Term => ({ literal: value });
const bothLanguages = (value: { de: string; en: string }): Term[] => [
  { literal: value.de, language: "de" },
  { literal: value.en, language: "en" },
];
const dated = (value: string | Date): Term =>
  typeof value === "string"
    ? { literal: value, datatype: "xsd:date" }
    : { literal: value.toISOString(), datatype: "xsd:dateTime" };
const optional = <T>(value: T | undefined, term: (value: T) => Term): Term[] =>
  value === undefined ? [] : [term(value)];

function contactNode(id: string, contact: Catalogue["contactPoint"], baseUrl: string): GraphNode {
  return {
    id,
    types: ["vcard:Kind"],
    properties: {
      "vcard:fn": [plain(contact.name)],
      "vcard:hasEmail": optional(contact.email, (email) => iri(iriText(`mailto:${email}`))),
      "vcard:hasURL": optional(contact.url, (url) => iri(resolve(baseUrl, url))),
    },
  };
}

function distributionNode(id: string, distribution: Distribution, dataset: Dataset, catalogue: Catalogue): GraphNode {
  const accessUrl = resolve(catalogue.baseUrl, distribution.accessUrl);
  return {
    id,
    types: ["dcat:Distribution"],
    properties: {
      "dcat:accessURL": [iri(accessUrl)],
      "dcat:downloadURL": [
        iri(distribution.downloadUrl ? resolve(catalogue.baseUrl, distribution.downloadUrl) : accessUrl),
      ],
      "dcat:mediaType": [iri(MEDIA_TYPES + distribution.mediaType.toLowerCase())],
      "dct:format": [iri(FILE_TYPES + distribution.format)],
      "dct:license": [iri(distribution.licence ?? catalogue.licence)],
      "dcatde:licenseAttributionByText": [plain(catalogue.licenceAttribution ?? catalogue.publisher.name.de)],
      "dct:title": bothLanguages(distribution.title),
      "dct:description": distribution.description ? bothLanguages(distribution.description) : [],
      "dct:issued": optional(distribution.issued, dated),
      "dct:modified": [dated(distribution.modified ?? dataset.modified)],
      "dcat:byteSize": optional(distribution.byteSize, (size) => ({ literal: String(size), datatype: "xsd:decimal" })),
    },
  };
}

function datasetNodes(
  dataset: Dataset,
  catalogue: Catalogue,
  ids: { publisher: string; contact: string },
): GraphNode[] {
  const id = datasetIri(catalogue.baseUrl, dataset.id);
  const contactId = dataset.contactPoint ? `${id}#contact-point` : ids.contact;
  const temporalId = `${id}#temporal`;
  const distributions = dataset.distributions.map((distribution) =>
    distributionNode(`${id}/distributions/${distribution.id}`, distribution, dataset, catalogue),
  );
  const nodes: GraphNode[] = [
    {
      id,
      types: ["dcat:Dataset"],
      properties: {
        "dct:identifier": [plain(id)],
        "dct:title": bothLanguages(dataset.title),
        "dct:description": bothLanguages(dataset.description),
        "dct:publisher": [iri(ids.publisher)],
        "dcat:keyword": [
          ...dataset.keywords.de.map((keyword): Term => ({ literal: keyword, language: "de" })),
          ...dataset.keywords.en.map((keyword): Term => ({ literal: keyword, language: "en" })),
        ],
        "dcat:theme": dataset.themes.map((theme) => iri(`${DATA_THEMES}/${theme}`)),
        "dcat:contactPoint": [iri(contactId)],
        "dcat:landingPage": optional(dataset.landingPage, (page) => iri(resolve(catalogue.baseUrl, page))),
        "dcatde:contributorID": optional(catalogue.contributorId, iri),
        "dcatde:politicalGeocodingLevelURI": optional(catalogue.politicalGeocodingLevel, (level) =>
          iri(`${POLITICAL_GEOCODING}Level/${level}`),
        ),
        "dcatde:politicalGeocodingURI": (catalogue.politicalGeocodingUris ?? []).map(iri),
        "dcatde:geocodingDescription": catalogue.geocodingDescription
          ? bothLanguages(catalogue.geocodingDescription)
          : [],
        "dct:spatial": (dataset.spatial ?? catalogue.spatial ?? []).map((place) =>
          iri(resolve(catalogue.baseUrl, place)),
        ),
        "dct:temporal": dataset.temporal ? [iri(temporalId)] : [],
        "dct:issued": optional(dataset.issued, dated),
        "dct:modified": [dated(dataset.modified)],
        "dcat:distribution": distributions.map((node) => iri(node.id)),
      },
    },
    ...distributions,
  ];
  if (dataset.contactPoint) nodes.push(contactNode(contactId, dataset.contactPoint, catalogue.baseUrl));
  if (dataset.temporal) {
    nodes.push({
      id: temporalId,
      types: ["dct:PeriodOfTime"],
      properties: {
        "dcat:startDate": optional(dataset.temporal.start, dated),
        "dcat:endDate": optional(dataset.temporal.end, dated),
      },
    });
  }
  return nodes;
}

/** The catalogue first, then every other node in the order of its IRI. */
function catalogueGraph(catalogue: Catalogue): GraphNode[] {
  const id = catalogueIri(catalogue.baseUrl);
  const ids = { publisher: resolve(catalogue.baseUrl, catalogue.publisher.uri), contact: `${id}#contact-point` };
  const datasets = catalogue.datasets.flatMap((dataset) => datasetNodes(dataset, catalogue, ids));
  const catalogueNode: GraphNode = {
    id,
    types: ["dcat:Catalog"],
    properties: {
      "dct:title": bothLanguages(catalogue.title),
      "dct:description": bothLanguages(catalogue.description),
      "dct:publisher": [iri(ids.publisher)],
      "foaf:homepage": [iri(resolve(catalogue.baseUrl, catalogue.homepage))],
      "dct:license": [iri(catalogue.licence)],
      "dct:language": [iri(`${LANGUAGES}DEU`), iri(`${LANGUAGES}ENG`)],
      "dcat:themeTaxonomy": [iri(DATA_THEMES)],
      "dct:spatial": (catalogue.spatial ?? []).map((place) => iri(resolve(catalogue.baseUrl, place))),
      "dct:issued": optional(catalogue.issued, dated),
      "dct:modified": [dated(catalogue.modified)],
      "dcat:dataset": catalogue.datasets.map((dataset) => iri(datasetIri(catalogue.baseUrl, dataset.id))),
    },
  };
  const publisher: GraphNode = {
    id: ids.publisher,
    types: ["foaf:Agent", "foaf:Organization"],
    properties: { "foaf:name": bothLanguages(catalogue.publisher.name) },
  };
  const usesSharedContact = catalogue.datasets.some((dataset) => !dataset.contactPoint);
  const others = [publisher, ...datasets];
  if (usesSharedContact) others.push(contactNode(ids.contact, catalogue.contactPoint, catalogue.baseUrl));
  return [catalogueNode, ...others.sort((a, b) => compare(a.id, b.id))];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A property's values without repeats, in the order of their Turtle form. */
function sortedTerms(terms: readonly Term[]): Term[] {
  const byText = new Map(terms.map((term) => [turtleTerm(term), term]));
  return [...byText.keys()].sort(compare).map((key) => byText.get(key) as Term);
}

function filledProperties(node: GraphNode): [string, Term[]][] {
  return Object.keys(node.properties)
    .sort(compare)
    .map((predicate): [string, Term[]] => [predicate, sortedTerms(node.properties[predicate] ?? [])])
    .filter(([, terms]) => terms.length > 0);
}

// --- Turtle -------------------------------------------------------------------------------------

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is escaped
const needsEscape = /[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const shortEscapes: Record<string, string> = {
  "\\": "\\\\",
  '"': '\\"',
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

/** A Turtle string: quotes, backslashes and line breaks escaped, other control characters as \uXXXX. */
function turtleString(value: string): string {
  const escaped = value.replace(
    needsEscape,
    (char) => shortEscapes[char] ?? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
  );
  return `"${escaped}"`;
}

function turtleTerm(term: Term): string {
  if ("iri" in term) return `<${term.iri}>`;
  if (term.language) return `${turtleString(term.literal)}@${term.language}`;
  if (term.datatype) return `${turtleString(term.literal)}^^${term.datatype}`;
  return turtleString(term.literal);
}

function turtleNode(node: GraphNode): string {
  const lines = [`a ${[...node.types].sort(compare).join(", ")}`];
  for (const [predicate, terms] of filledProperties(node)) {
    lines.push(`${predicate} ${terms.map(turtleTerm).join(", ")}`);
  }
  return `<${node.id}>\n  ${lines.join(" ;\n  ")} .`;
}

/** The catalogue as Turtle (UTF-8 text): the same input gives the same bytes. */
export function catalogueAsTurtle(description: CatalogueDescription): string {
  const nodes = catalogueGraph(catalogueDescriptionSchema.parse(description));
  const prefixes = Object.entries(dcatPrefixes).map(([prefix, namespace]) => `@prefix ${prefix}: <${namespace}> .`);
  return `${prefixes.join("\n")}\n\n${nodes.map(turtleNode).join("\n\n")}\n`;
}

// --- JSON-LD ------------------------------------------------------------------------------------

export type JsonLdValue =
  | string
  | { "@id": string }
  | { "@value": string; "@language": Language }
  | { "@value": string; "@type": Datatype };
export type JsonLdNode = { "@id": string; "@type": string[] } & { [predicate: string]: JsonLdValue | JsonLdValue[] };
export type JsonLdDocument = { "@context": typeof dcatPrefixes; "@graph": JsonLdNode[] };

function jsonLdValue(term: Term): JsonLdValue {
  if ("iri" in term) return { "@id": term.iri };
  if (term.language) return { "@value": term.literal, "@language": term.language };
  if (term.datatype) return { "@value": term.literal, "@type": term.datatype };
  return term.literal;
}

function jsonLdNode(node: GraphNode): JsonLdNode {
  const result: JsonLdNode = { "@id": node.id, "@type": [...node.types].sort(compare) };
  for (const [predicate, terms] of filledProperties(node)) {
    const values = terms.map(jsonLdValue);
    result[predicate] = values.length === 1 ? (values[0] as JsonLdValue) : values;
  }
  return result;
}

/** The catalogue as a JSON-LD document (a flat @graph); it holds the same triples as the Turtle. */
export function catalogueAsJsonLd(description: CatalogueDescription): JsonLdDocument {
  const nodes = catalogueGraph(catalogueDescriptionSchema.parse(description));
  return { "@context": { ...dcatPrefixes }, "@graph": nodes.map(jsonLdNode) };
}
