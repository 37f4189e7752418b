import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type IndicatorUse, indicatorLevels } from "./indicator";
import {
  applyChanges,
  createLogicModel,
  inverseChanges,
  type LogicModel,
  type ModelContext,
  type ProposedChange,
} from "./logic-model";

const today = new Date("2026-03-31T12:00:00Z");
const definitions: ModelContext["definitions"] = {
  "a-quarterly": { frequency: "quarterly", valueKind: "number" },
  "b-yearly": { frequency: "yearly", valueKind: "number" },
  "c-monthly": { frequency: "monthly", valueKind: "number" },
  "d-yes-no": { frequency: "yearly", valueKind: "yes-no" },
  "e-half-yearly": { frequency: "half-yearly", valueKind: "number" },
};
const context: ModelContext = { today, definitions };
/** Periods still open on `today`, for each frequency (a year is allowed for every frequency). */
const openPeriods: Record<string, string[]> = {
  "a-quarterly": ["2026-Q1", "2026-Q2", "2027-Q4", "2026", "2028"],
  "b-yearly": ["2026", "2027", "2030"],
  "c-monthly": ["2026-03", "2026-12", "2027"],
  "d-yes-no": ["2026", "2027"],
  "e-half-yearly": ["2026-H1", "2027-H2", "2029"],
};
const goalIds = ["input", "output", "outcome", "impact", "milestone-betrieb"];
const reason = "Decided in the review round";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function baseModel(): LogicModel {
  const result = createLogicModel(
    {
      measureId: "P1",
      goals: goalIds.map((id) => ({
        id,
        level: id.startsWith("milestone") ? "milestone" : id,
        phaseId: id.startsWith("milestone") ? "betrieb" : null,
        text: { de: `Ziel ${id}`, en: `Goal ${id}` },
      })),
      indicators: [
        {
          indicator: "a-quarterly",
          goal: "output",
          baseline: { value: 3, date: "2025-06-30" },
          targets: { "2026-Q2": 10, "2027": 40 },
        },
        { indicator: "b-yearly", goal: "outcome", targets: { "2027": 5 } },
        { indicator: "d-yes-no", goal: "milestone-betrieb", baseline: { value: 0, date: "2025-01-01" } },
      ],
    },
    "Logic model as adopted",
    { today: new Date("2026-01-02T00:00:00Z"), definitions },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.issue));
  return result.model;
}

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

/**
 * Turns a random choice into a change that is valid for the model as it is at that point: the
 * property is about what valid changes do, and refusals have their own tests.
 */
function changeFor(model: LogicModel, choice: [number, number, number, number]): ProposedChange {
  const [kind, a, b, c] = choice;
  const used = model.indicators;
  const unused = Object.keys(definitions).filter((key) => !used.some((use) => use.indicator === key));
  const use = used.length > 0 ? pick(used, a) : undefined;
  const isYesNo = use?.indicator === "d-yes-no";
  const bare = model.goals.filter((goal) => !used.some((candidate) => candidate.goal === goal.id));
  const removable = model.goals.length > 1 ? bare : [];
  switch (use || kind % 7 >= 5 ? kind % 7 : 1) {
    case 0: {
      const current = use as IndicatorUse;
      const period = pick(openPeriods[current.indicator] ?? [], b);
      const existing = current.targets[period];
      const candidates = isYesNo ? [0, 1, null] : [c * 10, c * 10 + 5, null];
      const to = candidates.find((value) => value !== (existing ?? null)) ?? null;
      return { kind: "change-target", indicator: current.indicator, period, to, reason };
    }
    case 1:
      if (unused.length === 0) return { kind: "remove-indicator", indicator: (use as IndicatorUse).indicator, reason };
      return {
        kind: "add-indicator",
        use: {
          indicator: pick(unused, a),
          goal: pick(model.goals, b).id,
          baseline: c % 2 === 0 ? null : { value: c % 2, date: "2026-01-01" },
          targets: {},
          targetNote: null,
          responsibleAccountId: null,
        },
        position: b % (used.length + 1),
        reason,
      };
    case 2:
      return { kind: "remove-indicator", indicator: (use as IndicatorUse).indicator, reason };
    case 3: {
      const goal = pick(model.goals, a);
      return {
        kind: "change-goal-text",
        goal: goal.id,
        text: { de: `${goal.text.de} ${b}`, en: `${goal.text.en} ${c}` },
        reason,
      };
    }
    case 5:
    case 6: {
      if (kind % 7 === 6 && removable.length > 0) return { kind: "remove-goal", goal: pick(removable, a).id, reason };
      const level = pick(indicatorLevels, a);
      let text = `Neues Ziel ${a}`;
      while (model.goals.some((goal) => goal.text.de === text)) text = `${text}+`;
      return {
        kind: "add-goal",
        goal: {
          level,
          phaseId: level === "milestone" ? pick(["betrieb", "skalierung"], b) : null,
          text: { de: text, en: text },
        },
        position: c % (model.goals.length + 1),
        reason,
      };
    }
    default: {
      const current = use as IndicatorUse;
      const value = isYesNo ? (current.baseline?.value === 1 ? 0 : 1) : (current.baseline?.value ?? 0) + 1 + b;
      const baseline = c % 4 === 0 && current.baseline !== null ? null : { value, date: `2026-0${1 + (c % 3)}-15` };
      return { kind: "change-baseline", indicator: current.indicator, baseline, reason };
    }
  }
}

/** A batch of changes built one after another, each valid for the model the earlier ones leave. */
function batchFor(model: LogicModel, choices: Array<[number, number, number, number]>) {
  const changes: ProposedChange[] = [];
  let current = model;
  for (const choice of choices) {
    const change = changeFor(current, choice);
    const step = applyChanges(current, { reason, changes: [change] }, context);
    if (!step.ok) throw new Error(`generated an invalid change: ${JSON.stringify([change, step.issue])}`);
    changes.push(change);
    current = step.model;
  }
  return { changes, end: current };
}

const choices = fc.array(fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20), fc.nat(20)), { minLength: 1, maxLength: 12 });

describe("revising a logic model, for any sequence of valid changes", () => {
  it("makes exactly one new version, lists one difference per change in order, and leaves the old version untouched", () => {
    fc.assert(
      fc.property(choices, (picked) => {
        const model = baseModel();
        const snapshot = structuredClone(model);
        deepFreeze(model);
        const { changes, end } = batchFor(model, picked);
        const result = applyChanges(model, { reason, changes }, context);
        if (!result.ok) throw new Error(JSON.stringify(result.issue));
        expect(result.model.version).toBe(model.version + 1);
        expect(result.differences).toHaveLength(changes.length);
        const kinds: Record<ProposedChange["kind"], string> = {
          "change-target": "target-changed",
          "add-indicator": "indicator-added",
          "remove-indicator": "indicator-removed",
          "change-goal-text": "goal-text-changed",
          "change-baseline": "baseline-changed",
          "add-goal": "goal-added",
          "remove-goal": "goal-removed",
        };
        expect(result.differences.map((d) => d.kind)).toEqual(changes.map((c) => kinds[c.kind]));
        // The batch does what the same changes do one by one.
        expect(result.model.goals).toEqual(end.goals);
        expect(result.model.indicators).toEqual(end.indicators);
        expect(model).toEqual(snapshot);
      }),
    );
  });

  it("is undone by the inverse of its differences: the same goals, indicators and targets as before", () => {
    fc.assert(
      fc.property(choices, (picked) => {
        const model = deepFreeze(baseModel());
        const { changes } = batchFor(model, picked);
        const revised = applyChanges(model, { reason, changes }, context);
        if (!revised.ok) throw new Error(JSON.stringify(revised.issue));
        const frozen = deepFreeze(revised);
        const undone = applyChanges(
          frozen.model,
          { reason: "Undo the revision", changes: inverseChanges(frozen.differences, "Undo the revision") },
          context,
        );
        if (!undone.ok) throw new Error(JSON.stringify(undone.issue));
        expect(undone.model.version).toBe(model.version + 2);
        expect(undone.model.goals).toEqual(model.goals);
        expect(undone.model.indicators).toEqual(model.indicators);
        expect(undone.model.indicators.map((use) => use.targets)).toEqual(model.indicators.map((use) => use.targets));
      }),
    );
  });

  it("refuses an empty revision for any model it could have produced", () => {
    fc.assert(
      fc.property(choices, (picked) => {
        const { end } = batchFor(baseModel(), picked);
        expect(applyChanges(end, { reason, changes: [] }, context)).toEqual({
          ok: false,
          issue: { path: "changes", message: "monitoring.errors.noChange" },
        });
      }),
    );
  });
});
