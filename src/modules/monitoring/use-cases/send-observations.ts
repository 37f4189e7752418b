import { Conflict, type FieldIssue, Invalid } from "../../../platform/errors/errors";
import { requirePermission } from "../../../platform/permissions/require-permission";
import { isDistrictKey } from "../../../platform/reference-data";
import { defineUseCase } from "../../../platform/use-case/use-case";
import {
  currentValuesInPeriods,
  insertObservations,
  type NewObservation,
  supersedeObservations,
} from "../data/observations";
import { sendObservationsInput } from "../domain/inputs";
import type { StoredObservation } from "../domain/monitoring-view";
import { checkValue } from "../domain/observation-checks";
import { accountOf, indicatorResourceOf, indicatorUseById } from "./measure-access";

/**
 * Values a team sends from its own systems through the API, for one indicator use: the office or
 * the measure's team, with the permission of the value form (and, for corrections, of the correction
 * form), checked before the values are read. One value or up to 500, all or none:
 *
 * - Each value keeps the rules of the form (domain/observation-checks.ts); a period and area sent
 *   twice in one request is refused at its second place.
 * - A value for a period and area that has a current value is refused, unless it is sent as a
 *   correction: then it replaces that value as the correction form does (the old one stays, marked
 *   as replaced; the note is the reason). A correction of nothing, or to the same value, is refused.
 * - Every problem comes back at once, each named by the value's place in the list; nothing is written.
 * - Values entered at the same moment by someone else make the whole request fail (409); sent again,
 *   it is checked against them.
 *
 * One audit entry, the form's action, records the request with its values.
 */
export const sendObservations = defineUseCase({
  action: "monitoring.observation.record",
  input: sendObservationsInput,
  resource: (input) => indicatorResourceOf(input.indicator),
  run: async (ctx, input) => {
    const { measure, definition, id } = await indicatorUseById(ctx.tx, input.indicator);
    if (input.items.some((item) => item.correction)) {
      requirePermission(ctx.actor, "monitoring.observation.correct", measure.resource);
    }
    const current = await currentValuesInPeriods(
      ctx.tx,
      measure.id,
      definition.key,
      input.items.map((item) => item.period),
    );
    const currentAt = new Map(current.map((o) => [`${o.period} ${o.spatialUnit}`, o]));
    const isDistrict = (key: string) => isDistrictKey(ctx.deps.city, key);
    const issues: FieldIssue[] = [];
    const seen = new Set<string>();
    const writes: Array<{ row: NewObservation; replaces: StoredObservation | null }> = [];
    const enteredBy = accountOf(ctx.actor);
    for (const [place, item] of input.items.entries()) {
      const refuse = (path: string, message: string) => issues.push({ path: `items.${place}.${path}`, message });
      const checked = checkValue(definition, item, ctx.now, isDistrict, ctx.deps.city.timeZone);
      if (!checked.ok) {
        for (const issue of checked.issues) refuse(issue.path, issue.message);
        continue;
      }
      const at = `${checked.period} ${checked.area}`;
      const existing = currentAt.get(at) ?? null;
      const problem = seen.has(at)
        ? { path: "period", message: "monitoring.errors.valueSentTwice" }
        : placeProblem(existing, item);
      seen.add(at);
      if (problem) {
        refuse(problem.path, problem.message);
        continue;
      }
      writes.push({
        replaces: existing,
        row: {
          measureId: measure.id,
          indicator: definition.key,
          period: checked.period,
          spatialUnit: checked.area,
          value: item.value,
          status: existing ? "corrected" : item.status,
          source: "api",
          note: item.note,
          corrects: existing?.id ?? null,
          enteredBy,
          now: ctx.now,
        },
      });
    }
    if (issues.length > 0) throw new Invalid("errors.invalidInput", issues);

    const replaced = writes.flatMap((write) => (write.replaces ? [write.replaces.id] : []));
    if (!(await supersedeObservations(ctx.tx, replaced, ctx.now))) throw new ValuesChanged();
    const added = await insertObservations(
      ctx.tx,
      writes.map((write) => write.row),
    );
    if (added !== writes.length) throw new ValuesChanged();
    const values = writes.map(({ row, replaces }) => ({
      period: row.period,
      spatialUnit: row.spatialUnit,
      value: row.value,
      status: row.status,
      correction: replaces !== null,
    }));
    const corrected = replaced.length;
    return {
      result: { indicator: id, added: writes.length - corrected, corrected, values },
      audit: {
        action: "monitoring.observation.record",
        objectType: "measure",
        objectId: measure.id,
        after: { measure: measure.slug, indicator: definition.key, source: "api", values },
      },
    };
  },
});

/** Why a value cannot take the place of the current value there (or of none), or null when it can. */
function placeProblem(existing: StoredObservation | null, sent: { correction: boolean; value: number }) {
  if (existing && !sent.correction) return { path: "period", message: "monitoring.errors.valueExistsSendCorrection" };
  if (!existing && sent.correction) return { path: "correction", message: "monitoring.errors.nothingToCorrect" };
  if (existing && existing.value === sent.value) {
    return { path: "value", message: "monitoring.errors.correctionWithoutEffect" };
  }
  return null;
}

/** Someone entered or corrected one of the values at the same moment: nothing was written. */
export class ValuesChanged extends Conflict {
  constructor() {
    super("monitoring.errors.valuesChangedMeanwhile");
  }
}
