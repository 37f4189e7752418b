import type { FieldIssue } from "../../../platform/errors/errors";
import { defaultTimeZone } from "../../../platform/reference-data";
import type { IndicatorDefinition } from "./indicator";
import { type PeriodKey, parsePeriodKey, periodStart } from "./periods";

/**
 * The rules one measured value must keep against its indicator's definition, whoever enters it (the
 * form, the API): the period is one of the definition's frequency and has begun; a yes-no indicator
 * takes 1 or 0; the area is the whole city or, for a district indicator, one of the city's districts.
 * Pure: the caller says which district keys the city has and its time zone, in which periods begin.
 */
export interface ValueToCheck {
  period: string;
  value: number;
  /** "city", a district key, or "" for the whole city. */
  spatialUnit: string;
}

export type CheckedValue = { ok: true; period: PeriodKey; area: string } | { ok: false; issues: FieldIssue[] };

export function checkValue(
  definition: Pick<IndicatorDefinition, "frequency" | "valueKind" | "spatialUnit">,
  value: ValueToCheck,
  now: Date,
  isDistrict: (key: string) => boolean,
  timeZone: string = defaultTimeZone,
): CheckedValue {
  const issues: FieldIssue[] = [];
  const period = parsePeriodKey(value.period, definition.frequency);
  if (!period.ok) issues.push({ path: "period", message: period.error });
  else if (periodStart(period.key, timeZone).getTime() > now.getTime()) {
    issues.push({ path: "period", message: "monitoring.errors.periodInFuture" });
  }
  if (definition.valueKind === "yes-no" && value.value !== 0 && value.value !== 1) {
    issues.push({ path: "value", message: "monitoring.errors.yesNoValue" });
  }
  const area = value.spatialUnit || "city";
  if (definition.spatialUnit === "city" && area !== "city") {
    issues.push({ path: "spatialUnit", message: "monitoring.errors.areaCity" });
  }
  if (definition.spatialUnit === "district" && !isDistrict(area)) {
    issues.push({ path: "spatialUnit", message: "monitoring.errors.areaDistrict" });
  }
  if (!period.ok || issues.length > 0) return { ok: false, issues };
  return { ok: true, period: period.key, area };
}
