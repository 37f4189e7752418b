import type { Deps } from "../../../platform/deps";
import type { Locale } from "../../../platform/i18n/i18n";
import type { Actor } from "../../../platform/permissions/permissions";
import { keptCatalogueChoices, type MeasureReference } from "../../strategy";
import { definitionChoices, findDefinitions } from "../data/indicators";
import { currentModel, listModelVersions } from "../data/models";
import { valuesShownOfMeasure } from "../data/observations";
import {
  type IndicatorView,
  indicatorViews,
  type ModelVersion,
  rolledUpStatus,
  type StoredDefinition,
} from "../domain/monitoring-view";
import type { ProgressStatus } from "../domain/progress";
import { type MonitoringPermissions, measureOf, monitoringPermissions } from "./measure-access";

export const HISTORY_PAGE_SIZE = 10;
/**
 * Values shown per indicator on the page, newest first (two years of monthly values); every value
 * is in the open data and the API. More made the page of a long-measured measure hundreds of KB,
 * mostly old values and their options in the correction form.
 */
const VALUES_SHOWN = 24;
/** Definitions offered when adding an indicator to a model. */
const CHOICES = 500;

export interface MonitoringPage {
  measure: MeasureReference;
  model: ModelVersion | null;
  indicators: IndicatorView[];
  status: ProgressStatus;
  history: { items: ModelVersion[]; total: number; page: number };
  /** Definitions by key: those the model and its history name, for names and units. */
  definitions: Map<string, StoredDefinition>;
  permissions: MonitoringPermissions;
  /** Definitions the model does not use yet, for the form that adds one (only for those who may). */
  addable: StoredDefinition[];
  /** The strategy's implementation phases in their order, named in the reader's language (milestones name one). */
  phases: Array<{ id: string; name: string }>;
}

/**
 * A measure's monitoring: its current logic model, each indicator use with its definition, values
 * and progress at this moment, the measure's rolled-up status, and a page of the model's versions
 * with their differences and reasons. Public; says which forms the actor may use.
 */
export async function showMonitoring(
  deps: Deps,
  actor: Actor,
  slug: string,
  historyPage: number,
  locale: Locale = "de",
): Promise<MonitoringPage> {
  const db = deps.database.db;
  const measure = await measureOf(db, slug);
  const now = deps.clock();
  const permissions = monitoringPermissions(actor, measure.slug);
  const [model, history] = await Promise.all([
    currentModel(db, measure.id),
    listModelVersions(db, measure.id, { limit: HISTORY_PAGE_SIZE, offset: (historyPage - 1) * HISTORY_PAGE_SIZE }),
  ]);
  const used = model?.model.indicators.map((use) => use.indicator) ?? [];
  const keys = new Set<string>(used);
  for (const version of history.items)
    for (const difference of version.differences) {
      if ("indicator" in difference) keys.add(difference.indicator);
    }
  const [definitions, choices, values, catalogue] = await Promise.all([
    findDefinitions(db, [...keys]),
    model && permissions.changeModel ? definitionChoices(db, CHOICES) : Promise.resolve([]),
    valuesShownOfMeasure(db, measure.id, used, VALUES_SHOWN),
    keptCatalogueChoices(deps, locale),
  ]);
  // The values read are the shown ones and what the assessment needs, so the count of all current
  // values comes from the database, not from what was read.
  const indicators = model
    ? indicatorViews(model.model, definitions, values.observations, now, VALUES_SHOWN, deps.city.timeZone).map(
        (view) => ({
          ...view,
          valueCount: values.currentCounts.get(view.use.indicator) ?? 0,
        }),
      )
    : [];
  return {
    measure,
    model,
    indicators,
    status: rolledUpStatus(indicators),
    history: { ...history, page: historyPage },
    definitions,
    permissions,
    phases: catalogue.phases,
    addable: choices.filter((definition) => !model?.model.indicators.some((use) => use.indicator === definition.key)),
  };
}
