import type { Child } from "hono/jsx";
import type { Locale, Translate } from "../../../platform/i18n/i18n";
import type { City } from "../../../platform/reference-data";
import { DataTable } from "../../../ui/components/data-table";
import type { Reference, StoredOrganisation, VersionEntry } from "../domain/catalogue";
import type { FieldChange } from "../domain/diff";
import type { MeasureStatus, MeasureType } from "../domain/model";
import {
  districtLabel,
  formatDate,
  formatDateTime,
  formatEuro,
  formatPartialDate,
  indicatorValue,
  localizedText,
  originLabel,
  pick,
  typeLabel,
  unitLabel,
} from "./format";

/** Authors that are not people: the demo data and the command line import strategy files. */
const importAuthors = new Set(["seed", "cli", "system"]);

interface Labels {
  city: City;
  t: Translate;
  locale: Locale;
  reference: Reference;
  organisations: Map<string, StoredOrganisation>;
}

/** A readable name for a field of the version history ("title.en" → "Titel (Englisch)"). */
export function fieldLabel(t: Translate, locale: Locale, field: string, reference: Reference): string {
  const parts = field.split(".");
  const [top = field, second, third] = parts;
  const language = (code: string | undefined) =>
    code === "de" || code === "en" ? t(`strategy.language.${code}`) : null;
  if (top === "assessment" && second) {
    const value = reference.values.find((v) => v.id === second);
    return t("strategy.history.assessmentOf", { value: value ? pick(value.name, locale) : second });
  }
  if (top === "goals" && second) {
    const lang = language(third);
    const label = t(`strategy.goal.${second}`);
    return lang ? `${label} (${lang})` : label;
  }
  if (top === "extras" && second)
    return t(`strategy.extras.${second === "responsibleCandidates" ? "candidates" : second}`);
  const label = t(`strategy.field.${top}`);
  const lang = language(second);
  if (lang) return `${label} (${lang})`;
  return label;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const bilingual = (v: unknown, locale: Locale): string =>
  isRecord(v) ? localizedText({ de: str(v.de), en: str(v.en) }, locale).text : str(v);

/** One entry of a list-valued field (an indicator, a team member, a link …) as one line of text. */
function itemText(field: string, item: unknown, l: Labels): string {
  const { t, locale } = l;
  if (!isRecord(item)) return str(item);
  const parts = (...xs: string[]) => xs.filter((x) => x).join(" – ");
  switch (field) {
    case "indicators": {
      const target = indicatorValue(t, locale, item.target as string | null);
      const unit = unitLabel(t, (item.unit as string | null) ?? null);
      return parts(
        bilingual(item.name, locale),
        target
          ? `${t("strategy.indicators.target")}: ${target}${unit && unit !== t("strategy.unit.bool") ? ` ${unit}` : ""}`
          : "",
      );
    }
    case "team":
      return parts(str(item.name), bilingual(item.role, locale));
    case "resources":
      return parts(
        typeof item.amountEur === "number" ? formatEuro(item.amountEur, locale) : "",
        bilingual(item.source, locale),
        str(item.fundingProgramme),
      );
    case "links":
      return parts(bilingual(item.label, locale), str(item.url));
    case "extras.milestones":
      return parts(bilingual(item.name, locale), formatPartialDate(str(item.due) || null, locale));
    case "extras.facts":
      return parts(str(item.key), str(item.value));
    default:
      return Object.values(item)
        .map((v) => bilingual(v, locale))
        .filter((x) => x)
        .join(" – ");
  }
}

/** A value of the version history as people read it: labels instead of codes, lists instead of JSON. */
export function ChangeValue(props: { field: string; value: unknown; labels: Labels }): Child {
  const { field, value, labels } = props;
  const { t, locale, reference } = labels;
  const top = field.split(".")[0];
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0))
    return t("strategy.history.empty");
  if (typeof value === "boolean") return t(value ? "strategy.yes" : "strategy.no");
  const organisation = (id: string) => {
    const o = labels.organisations.get(id);
    return o ? pick(o.name, locale) : id;
  };
  const named = (list: Array<{ id: string; name: { de: string; en: string } }>) => (id: string) => {
    const found = list.find((x) => x.id === id);
    return found ? pick(found.name, locale) : id;
  };
  if (typeof value === "string") {
    switch (top) {
      case "status":
        return t(`strategy.status.${value as MeasureStatus}`);
      case "type":
        return typeLabel(t, value as MeasureType);
      case "origin":
        return originLabel(t, value);
      case "sourceStatus":
        return t(`strategy.sourceStatus.${value}`);
      case "phaseId":
        return named(reference.phases)(value);
      case "responsibleOrganisationId":
        return organisation(value);
      case "periodStart":
      case "periodEnd":
        return formatPartialDate(value, locale);
      default:
        return value;
    }
  }
  if (typeof value === "number") return String(value);
  if (top === "assessment" && isRecord(value)) {
    const scale = reference.strategy?.scale[locale] ?? [];
    const score = typeof value.score === "number" ? value.score : null;
    const by = [str(value.assessedBy), formatPartialDate(str(value.assessedOn) || null, locale)].filter((x) => x);
    return (
      <>
        {score !== null && (scale[score] ? t("strategy.history.scoreWith", { score, label: scale[score] }) : score)}
        {bilingual(value.rationale, locale) && <> – {bilingual(value.rationale, locale)}</>}
        {by.length > 0 && <> ({by.join(", ")})</>}
      </>
    );
  }
  if (Array.isArray(value)) {
    const text = (item: unknown): string => {
      if (typeof item !== "string") return itemText(field, item, labels);
      switch (top) {
        case "involvedOrganisationIds":
          return organisation(item);
        case "actionFieldIds":
          return named(reference.actionFields)(item);
        case "spatialLevelIds":
          return named(reference.spatialLevels)(item);
        case "districtIds":
          return districtLabel(labels.city, locale, item);
        default:
          return item;
      }
    };
    return (
      <ul>
        {value.map((item) => (
          <li>{text(item)}</li>
        ))}
      </ul>
    );
  }
  if (isRecord(value)) return itemText(field, value, labels);
  return String(value);
}

/** A field of one language ("summary.en") keeps its language on a page in the other one. */
function languageOf(field: string, locale: Locale): Locale | undefined {
  const last = field.split(".").at(-1);
  return (last === "de" || last === "en") && last !== locale ? last : undefined;
}

function ChangeTable(props: { changes: FieldChange[]; labels: Labels }) {
  const { t, locale, reference } = props.labels;
  return (
    <DataTable columns={[t("strategy.history.field"), t("strategy.history.before"), t("strategy.history.after")]}>
      {props.changes.map((change) => (
        <tr>
          <th scope="row">{fieldLabel(t, locale, change.field, reference)}</th>
          <td lang={languageOf(change.field, locale)}>
            <ChangeValue field={change.field} value={change.before} labels={props.labels} />
          </td>
          <td lang={languageOf(change.field, locale)}>
            <ChangeValue field={change.field} value={change.after} labels={props.labels} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Who made a version: the person, or "Import" for the demo data and strategy files. */
const isImport = (v: VersionEntry) => v.authorId === null && (v.kind === "import" || importAuthors.has(v.authorLabel));

export function versionAuthor(t: Translate, v: VersionEntry): string {
  return isImport(v) ? t("strategy.history.byImport") : v.authorLabel;
}

export function VersionList(props: {
  city: City;
  versions: VersionEntry[];
  t: Translate;
  locale: Locale;
  reference: Reference;
  organisations: Map<string, StoredOrganisation>;
}) {
  const { t, locale } = props;
  const labels: Labels = {
    city: props.city,
    t,
    locale,
    reference: props.reference,
    organisations: props.organisations,
  };
  return (
    <ul class="version-list">
      {props.versions.map((v) => (
        <li>
          <p>
            <strong>{t("strategy.history.version", { version: v.version })}</strong> –{" "}
            {/* An import happens at some hour of the day that means nothing to the reader: the day is enough. */}
            {isImport(v)
              ? formatDate(v.at, locale, props.city.timeZone)
              : formatDateTime(v.at, locale, props.city.timeZone)}{" "}
            – {versionAuthor(t, v)} – {t(`strategy.history.kind.${v.kind}`)}
          </p>
          {v.changes.length > 0 && (
            <details>
              <summary>
                {t(v.changes.length === 1 ? "strategy.history.changesOne" : "strategy.history.changes", {
                  count: v.changes.length,
                })}
              </summary>
              <ChangeTable changes={v.changes} labels={labels} />
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
