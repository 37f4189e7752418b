import type { Counters } from "../cache/change-counters";
import type { Deps } from "../deps";
import type { Catalogues, Locale, Translate } from "../i18n/i18n";
import type { Actor } from "../permissions/permissions";

/**
 * The legal bases of the GDPR a processing can rest on (Art. 6 (1)): (e) a public task, (a) consent,
 * (c) a legal obligation. The privacy statement names each in plain words.
 */
export type LegalBasis = "e" | "a" | "c";

/**
 * One processing of personal data a module does. Its texts are message keys derived from the id:
 * `privacy.processing.<id>.name`, `.data`, `.purpose`, `.basis` (what the basis means here) and
 * `.retention`, in German and English.
 */
export interface PrivacyEntry {
  id: string;
  legalBasis: readonly LegalBasis[];
}

/**
 * A module's part of the privacy statement. Every manifest has one, so a new module cannot forget
 * to say what it stores; `/datenschutz` is assembled from them.
 */
export interface PrivacyDeclaration {
  entries: readonly PrivacyEntry[];
  messages: Catalogues;
}

/** The message key of one text of a processing. */
export function privacyKey(entryId: string, part: "name" | "data" | "purpose" | "basis" | "retention"): string {
  return `privacy.processing.${entryId}.${part}`;
}

/** Who reads a contribution: texts are returned in the reader's language. */
export interface Reader {
  t: Translate;
  locale: Locale;
  now: Date;
}

/** Something happening now that the home page shows (e.g. "Abstimmung offen bis 12. Mai"). */
export interface HappeningItem {
  title: string;
  text: string;
  href: string;
  /** A short state word shown as a badge, e.g. "Abstimmung läuft". */
  badge?: string;
  /** Earlier sorts first: what ends soonest or started last. */
  sortKey: number;
}

/** An open task of the strategy office, listed on its start page. */
export interface OfficeTask {
  /** The heading the task is grouped under, e.g. "Bürger:innenhaushalt". */
  group: string;
  title: string;
  text: string;
  href: string;
}

/** A download or an interface listed on the open-data page. */
export interface OpenDataItem {
  group: string;
  title: string;
  text: string;
  links: { href: string; label: string; format: string }[];
}

/** A text in both languages, for documents that carry both (the open-data catalogue). */
export interface BothLanguages {
  de: string;
  en: string;
}

/**
 * A dataset a module offers to the open-data catalogue (DCAT-AP.de, `/api/v1/open-data/catalog.*`),
 * beside its item on the open-data page: what a harvester needs that a page does not — both
 * languages, themes, keywords, the moment of the last change, and per download its media type and
 * file type.
 */
export interface CataloguedDataset {
  /** Unique across modules, e.g. `participation-processes`; never changes once published. */
  id: string;
  title: BothLanguages;
  description: BothLanguages;
  keywords: { de: string[]; en: string[] };
  /** Codes of the EU data-theme vocabulary, e.g. `GOVE` (government and public sector). */
  themes: string[];
  modified: Date;
  distributions: Array<{
    /** Unique within the dataset, e.g. `json`. */
    id: string;
    title: BothLanguages;
    /** The address of the download or interface (a path on this site). */
    url: string;
    /** An IANA media type, e.g. `application/json`. */
    mediaType: string;
    /** A code of the EU file-type vocabulary, e.g. `JSON`. */
    format: string;
  }>;
}

/** Keywords of a dataset from messages, in both languages. */
export function keywordsOf(
  both: (key: string) => BothLanguages,
  keys: readonly string[],
): CataloguedDataset["keywords"] {
  const texts = keys.map(both);
  return { de: texts.map((text) => text.de), en: texts.map((text) => text.en) };
}

/**
 * One step on a measure's way, from the module where it happened: the idea it came from, the vote
 * that funded it, a workshop on it, a review and its lessons. The measure page lists them by date.
 */
export interface JourneyEvent {
  at: Date;
  /** What kind of step, in words, e.g. "Idee in der Arena eingereicht". */
  kind: string;
  title: string;
  /** A sentence about the step (an explanation, a decision), in the reader's language where it has one. */
  text?: string;
  href?: string;
}

/** A module's part of the measure's journey (see `JourneyEvent`). */
export interface MeasureJourney {
  /**
   * The version of what `events` reads, from the platform's change counters: the measure page is
   * kept until the catalogue's or one contributing module's version changes.
   */
  version: (counters: Counters) => number;
  events: (deps: Deps, measure: { id: string; slug: string }, reader: Reader) => Promise<JourneyEvent[]>;
}

/**
 * Objects a scoped role can be granted on (e.g. the measures for `team_member`): the administration
 * offers them as a list by name instead of asking for codes.
 */
export interface RoleScope {
  /** The scope type stored with the grant, e.g. `measure`. */
  type: string;
  /** The scoped roles that mean something on this type. */
  roles: readonly string[];
  list(deps: Deps): Promise<{ id: string; name: string }[]>;
}

/** What a module adds to the site's shared pages (home, office start page, open data, administration). */
export interface SiteContributions {
  /** The texts the contributions below use, registered like a module's messages. */
  messages?: Catalogues;
  happening?: (deps: Deps, reader: Reader) => Promise<HappeningItem[]>;
  /**
   * The version of what `happening` reads, from the platform's change counters: the home page is
   * kept until one module's version changes. A module that adds to the home page without it has
   * the home page made afresh on every request.
   */
  version?: (counters: Counters) => number;
  officeTasks?: (deps: Deps, actor: Actor, reader: Reader) => Promise<OfficeTask[]>;
  openData?: (deps: Deps, reader: Reader) => Promise<OpenDataItem[]>;
  /** This module's datasets in the open-data catalogue; `both` gives a message in both languages. */
  catalogue?: (deps: Deps, both: (key: string) => BothLanguages) => Promise<CataloguedDataset[]>;
  /** This module's steps on a measure's way, shown on the measure page. */
  journey?: MeasureJourney;
  roleScopes?: readonly RoleScope[];
}

interface Registered {
  name: string;
  privacy: PrivacyDeclaration;
  contributes?: SiteContributions;
}

const registered: Registered[] = [];

/** Called once per module by the app's module registration. */
export function registerContributions(module: Registered): void {
  if (registered.some((m) => m.name === module.name)) return;
  registered.push(module);
}

/** Every module's privacy entries, in registration order. */
export function privacyEntries(): { module: string; entry: PrivacyEntry }[] {
  return registered.flatMap((m) => m.privacy.entries.map((entry) => ({ module: m.name, entry })));
}

/** Every module's site contributions, in registration order. */
export function siteContributions(): SiteContributions[] {
  return registered.flatMap((m) => (m.contributes ? [m.contributes] : []));
}

type PrivacyTexts = Record<"name" | "data" | "purpose" | "basis" | "retention", string>;

/**
 * Builds a module's privacy declaration from its texts, one entry per processing:
 * `{ ballots: { legalBasis: ["e"], de: { name, data, purpose, basis, retention }, en: { … } } }`.
 */
export function declarePrivacy(
  entries: Record<string, { legalBasis: readonly LegalBasis[]; de: PrivacyTexts; en: PrivacyTexts }>,
): PrivacyDeclaration {
  const messages: Catalogues = { de: {}, en: {} };
  for (const [id, entry] of Object.entries(entries)) {
    for (const locale of ["de", "en"] as const) {
      for (const [part, text] of Object.entries(entry[locale])) {
        (messages[locale] as Record<string, string>)[privacyKey(id, part as keyof PrivacyTexts)] = text;
      }
    }
  }
  return { entries: Object.entries(entries).map(([id, e]) => ({ id, legalBasis: e.legalBasis })), messages };
}
