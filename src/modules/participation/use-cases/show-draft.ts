import { keptValue } from "../../../platform/cache/kept-values";
import type { Deps } from "../../../platform/deps";
import { NotFound } from "../../../platform/errors/errors";
import type { Locale } from "../../../platform/i18n/i18n";
import type { Actor } from "../../../platform/permissions/permissions";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { type DraftVersion, draftVersions, findDraft } from "../data/drafts";
import { commentCountsOfDraft, paragraphsOfDraft } from "../data/paragraphs";
import { draftParagraphHtml } from "../domain/draft-html";
import { compareDrafts, type DraftComparison, type DraftSection } from "../domain/draft-text";
import type { StoredProcess } from "../domain/stored-process";
import { mayManageProcesses, participationCheck, processOrNotFound } from "./process-access";

/** A paragraph as the page shows it: number, safe HTML, and (per request) its comment count. */
export interface ShownParagraph {
  id: string;
  number: string;
  html: string;
  markdown: string;
  commentCount: number;
}

export interface ShownSection {
  number: number;
  heading: string | null;
  paragraphs: ShownParagraph[];
}

/** A version of the draft as everyone reads it in one language; versions never change once stored. */
interface KeptDraft {
  sections: Array<Omit<ShownSection, "paragraphs"> & { paragraphs: Array<Omit<ShownParagraph, "commentCount">> }>;
  /** What changed from the version before, in this language; null for the first. */
  comparison: DraftComparison | null;
  /** The markdown of the version before, by paragraph number, to show what was removed. */
  removedText: Map<string, string>;
}

async function readKeptDraft(deps: Deps, process: StoredProcess, version: number, locale: Locale): Promise<KeptDraft> {
  const db = deps.database.db;
  const [draft, before] = await Promise.all([
    findDraft(db, process.id, version),
    version > 1 ? findDraft(db, process.id, version - 1) : Promise.resolve(null),
  ]);
  if (!draft) throw new NotFound("participation.errors.draftNotFound");
  const rows = await paragraphsOfDraft(db, draft.id);
  const idOf = new Map(rows.map((row) => [row.number, row.id]));
  const sectionsHere: DraftSection[] = draft.sections[locale] ?? draft.sections.de;
  const sectionsBefore: DraftSection[] | null = before ? (before.sections[locale] ?? before.sections.de) : null;
  const comparison = sectionsBefore ? compareDrafts(sectionsBefore, sectionsHere) : null;
  const removedText = new Map(
    (sectionsBefore ?? []).flatMap((s) => s.paragraphs).map((p) => [p.number, p.markdown] as const),
  );
  return {
    sections: sectionsHere.map((section) => ({
      number: section.number,
      heading: section.heading,
      paragraphs: section.paragraphs.map((p) => ({
        id: idOf.get(p.number) ?? "",
        number: p.number,
        markdown: p.markdown,
        html: draftParagraphHtml(p.markdown),
      })),
    })),
    comparison,
    removedText,
  };
}

/** The rendered text of one version in one language, kept in memory: a stored version never changes. */
export function keptDraft(deps: Deps, process: StoredProcess, version: number, locale: Locale): Promise<KeptDraft> {
  return keptValue(
    {
      owner: deps.database.db,
      key: `participation-draft:${process.id}:${version}:${locale}`,
      version: 1,
      now: deps.clock().getTime(),
    },
    () => readKeptDraft(deps, process, version, locale),
  );
}

/** The version the address asks for (`?version=n`), else the newest; NotFound for one that does not exist. */
export function chosenVersion(versions: readonly DraftVersion[], asked: string | undefined): DraftVersion | null {
  const newest = versions.at(-1) ?? null;
  if (asked === undefined || asked === "") return newest;
  const found = /^\d{1,4}$/.test(asked) ? versions.find((v) => v.version === Number(asked)) : undefined;
  if (!found) throw new NotFound("participation.errors.draftNotFound");
  return found;
}

export interface DraftPageData {
  process: StoredProcess;
  versions: DraftVersion[];
  shown: DraftVersion | null;
  latest: boolean;
  sections: ShownSection[];
  comparison: DraftComparison | null;
  removedText: Map<string, string>;
  mayManage: boolean;
  /** Why the reader may not comment now (a message key), or null when they may. */
  commentRefusal: string | null;
}

/**
 * The draft's page: one version's sections and paragraphs with their comment counts, the list of
 * versions and what changed. Public, like the process. The text comes from memory; the counts are
 * one query per request.
 */
export async function showDraft(
  deps: Deps,
  actor: Actor,
  slug: string,
  askedVersion: string | undefined,
  locale: Locale,
): Promise<DraftPageData> {
  const db = deps.database.db;
  const process = await processOrNotFound(db, slug);
  const versions = await draftVersions(db, process.id);
  const shown = chosenVersion(versions, askedVersion);
  const mayManage = mayManageProcesses(actor);
  const check = await participationCheck(db, actor, process, "comment", deps.clock());
  const base = { process, versions, shown, mayManage, commentRefusal: check.ok ? null : check.reason };
  if (!shown) return { ...base, latest: true, sections: [], comparison: null, removedText: new Map() };
  const [kept, countOf] = await Promise.all([
    keptDraft(deps, process, shown.version, locale),
    commentCountsOfDraft(db, shown.id),
  ]);
  return {
    ...base,
    latest: shown === versions.at(-1),
    sections: kept.sections.map((section) => ({
      ...section,
      paragraphs: section.paragraphs.map((p) => ({ ...p, commentCount: countOf.get(p.id) ?? 0 })),
    })),
    comparison: kept.comparison,
    removedText: kept.removedText,
  };
}

/** The office's form for a new version: the process and the number the version will get. */
export async function openDraftForm(deps: Deps, actor: Actor, slug: string) {
  requirePermission(actor, "participation.manage");
  const db = deps.database.db;
  const process = await processOrNotFound(db, slug);
  const versions = await draftVersions(db, process.id);
  return { process, nextVersion: (versions.at(-1)?.version ?? 0) + 1 };
}
