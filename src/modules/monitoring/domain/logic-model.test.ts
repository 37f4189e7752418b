import { describe, expect, it } from "vitest";
import type { IndicatorUse } from "./indicator";
import {
  applyChanges,
  createLogicModel,
  indicatorsOfGoal,
  inverseChanges,
  type LogicModel,
  type ModelContext,
  type ProposedChange,
} from "./logic-model";

const created = new Date("2026-01-15T09:00:00Z");
const reviewDay = new Date("2026-03-31T14:00:00Z");
const definitions: ModelContext["definitions"] = {
  "z1-training-participants": { frequency: "quarterly", valueKind: "number" },
  "z1-user-testing-share": { frequency: "yearly", valueKind: "number" },
  "z1-guideline-published": { frequency: "yearly", valueKind: "yes-no" },
};
const because = "Review round 2026-Q1: fewer trainers than planned";

const goals = [
  { id: "output", level: "output", text: { de: "Schulungen für alle Behörden", en: "Training for all authorities" } },
  { id: "outcome", level: "outcome", text: { de: "Mehr nutzerzentrierte Projekte", en: "More user-centred projects" } },
  {
    id: "milestone-etablierung",
    level: "milestone",
    phaseId: "etablierung",
    text: { de: "Schulungsprogramm läuft", en: "Training programme running" },
  },
];
const participants = {
  indicator: "z1-training-participants",
  goal: "output",
  baseline: { value: 0, date: "2025-01-01" },
  targets: { "2026": 500, "2027": 1500 },
};

function firstVersion(): LogicModel {
  const result = createLogicModel({ measureId: "Z1", goals, indicators: [participants] }, "Logic model as adopted", {
    today: created,
    definitions,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issue));
  return result.model;
}

function revise(model: LogicModel, changes: ProposedChange[], today = reviewDay) {
  return applyChanges(model, { reason: because, changes }, { today, definitions });
}

describe("a logic model's first version", () => {
  it("is version 1 of today's date, with the goals and their indicators", () => {
    const model = firstVersion();
    expect(model).toMatchObject({ measureId: "Z1", version: 1, date: "2026-01-15", reason: "Logic model as adopted" });
    expect(model.goals.map((goal) => goal.id)).toEqual(["output", "outcome", "milestone-etablierung"]);
    expect(model.goals[0]?.phaseId).toBeNull();
    expect(indicatorsOfGoal(model, "output").map((use) => use.indicator)).toEqual(["z1-training-participants"]);
    expect(indicatorsOfGoal(model, "outcome")).toEqual([]);
  });

  it.each([
    ["a short reason", { reason: "new" }, "reason", "monitoring.errors.reason"],
    ["a goal id used twice", { goals: [goals[0], goals[0]] }, "goals.1.id", "monitoring.errors.goalDuplicate"],
    [
      "a milestone without a phase",
      { goals: [{ ...goals[2], phaseId: null }] },
      "goals.0.phaseId",
      "monitoring.errors.milestonePhase",
    ],
    [
      "an outcome with a phase",
      { goals: [{ ...goals[1], phaseId: "etablierung" }] },
      "goals.0.phaseId",
      "monitoring.errors.milestonePhase",
    ],
    [
      "a goal without text",
      { goals: [{ ...goals[0], text: { de: "", en: "" } }] },
      "goals.0.text.de",
      "monitoring.errors.goalText",
    ],
    [
      "a goal of an unknown level",
      { goals: [{ ...goals[0], level: "vision" }] },
      "goals.0.level",
      "monitoring.errors.level",
    ],
    [
      "an indicator without definition",
      { indicators: [{ ...participants, indicator: "z9-unknown" }] },
      "indicators.0.indicator",
      "monitoring.errors.indicatorUnknown",
    ],
    [
      "an indicator used twice",
      { indicators: [participants, { ...participants, goal: "outcome" }] },
      "indicators.1.indicator",
      "monitoring.errors.indicatorAlreadyUsed",
    ],
    [
      "an indicator for a goal not in the model",
      { indicators: [{ ...participants, goal: "impact" }] },
      "indicators.0.goal",
      "monitoring.errors.goalUnknown",
    ],
    [
      "an indicator with a target in the past",
      { indicators: [{ ...participants, targets: { "2025": 10 } }] },
      "indicators.0.targets.2025",
      "monitoring.errors.targetInPast",
    ],
  ])("refuses %s", (_, change, path, message) => {
    const content = { measureId: "Z1", goals, indicators: [participants], ...change };
    const reason = "reason" in change ? change.reason : "Logic model as adopted";
    expect(createLogicModel(content, reason, { today: created, definitions })).toEqual({
      ok: false,
      issue: { path, message },
    });
  });
});

describe("a revision of a logic model", () => {
  it("lowers a target and says so as data, with the reason, in a new version of today", () => {
    const result = revise(firstVersion(), [
      { kind: "change-target", indicator: "z1-training-participants", period: "2027", to: 900, reason: because },
    ]);
    expect(result).toMatchObject({ ok: true, model: { version: 2, date: "2026-03-31", reason: because } });
    if (!result.ok) return;
    expect(result.model.indicators[0]?.targets).toEqual({ "2026": 500, "2027": 900 });
    expect(result.differences).toEqual([
      {
        kind: "target-changed",
        indicator: "z1-training-participants",
        period: "2027",
        from: 1500,
        to: 900,
        reason: because,
      },
    ]);
  });

  it("adds a target for a new period and removes one, from and to null", () => {
    const result = revise(firstVersion(), [
      { kind: "change-target", indicator: "z1-training-participants", period: "2026-Q4", to: 400, reason: because },
      { kind: "change-target", indicator: "z1-training-participants", period: "2026", to: null, reason: because },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.issue));
    expect(result.model.indicators[0]?.targets).toEqual({ "2026-Q4": 400, "2027": 1500 });
    expect(result.differences.map((d) => d.kind === "target-changed" && [d.from, d.to])).toEqual([
      [null, 400],
      [500, null],
    ]);
  });

  it("adds and removes indicator uses, changes a goal's text and a baseline", () => {
    const testing: IndicatorUse = {
      indicator: "z1-user-testing-share",
      goal: "outcome",
      baseline: { value: 10, date: "2025-12-31" },
      targets: { "2027": 50 },
      targetNote: null,
      responsibleAccountId: null,
    };
    const text = { de: "Schulungen für alle Beschäftigten", en: "Training for all staff" };
    const result = revise(firstVersion(), [
      { kind: "add-indicator", use: testing, reason: because },
      { kind: "change-goal-text", goal: "output", text, reason: because },
      {
        kind: "change-baseline",
        indicator: "z1-user-testing-share",
        baseline: { value: 12, date: "2026-03-01" },
        reason: because,
      },
      { kind: "remove-indicator", indicator: "z1-training-participants", reason: because },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.issue));
    expect(result.model.goals[0]?.text).toEqual(text);
    expect(result.model.indicators).toEqual([{ ...testing, baseline: { value: 12, date: "2026-03-01" } }]);
    expect(result.differences).toEqual([
      {
        kind: "indicator-added",
        indicator: "z1-user-testing-share",
        goal: "outcome",
        use: testing,
        position: 1,
        reason: because,
      },
      { kind: "goal-text-changed", goal: "output", from: goals[0]?.text, to: text, reason: because },
      {
        kind: "baseline-changed",
        indicator: "z1-user-testing-share",
        from: { value: 10, date: "2025-12-31" },
        to: { value: 12, date: "2026-03-01" },
        reason: because,
      },
      {
        kind: "indicator-removed",
        indicator: "z1-training-participants",
        goal: "output",
        use: { ...participants, targetNote: null, responsibleAccountId: null },
        position: 0,
        reason: because,
      },
    ]);
  });

  it("is undone by the inverse changes, back to the same goals and indicators", () => {
    const first = firstVersion();
    const result = revise(first, [
      { kind: "remove-indicator", indicator: "z1-training-participants", reason: because },
      {
        kind: "change-goal-text",
        goal: "outcome",
        text: { de: "Andere Wirkung", en: "Other outcome" },
        reason: because,
      },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.issue));
    const undone = revise(result.model, inverseChanges(result.differences, "Undo the last revision"));
    if (!undone.ok) throw new Error(JSON.stringify(undone.issue));
    expect(undone.model.version).toBe(3);
    expect(undone.model.goals).toEqual(first.goals);
    expect(undone.model.indicators).toEqual(first.indicators);
  });

  const target = (change: Partial<ProposedChange>) =>
    ({
      kind: "change-target",
      indicator: "z1-training-participants",
      period: "2027",
      to: 900,
      reason: because,
      ...change,
    }) as ProposedChange;

  it.each([
    ["no change at all", [], "changes", "monitoring.errors.noChange"],
    ["a change without a reason", [target({ reason: "" })], "changes.0.reason", "monitoring.errors.reason"],
    ["a change that changes nothing", [target({ to: 1500 })], "changes.0", "monitoring.errors.changeWithoutEffect"],
    [
      "removing a target that does not exist",
      [target({ period: "2028", to: null })],
      "changes.0",
      "monitoring.errors.changeWithoutEffect",
    ],
    [
      "a target for a period that is over",
      [target({ period: "2025" })],
      "changes.0.period",
      "monitoring.errors.targetInPast",
    ],
    [
      "a target for a month of a quarterly indicator",
      [target({ period: "2026-07" })],
      "changes.0.period",
      "monitoring.errors.periodNotOfFrequency",
    ],
    ["a target that is no number", [target({ to: Number.NaN })], "changes.0.to", "monitoring.errors.targetValue"],
    [
      "a target for an indicator not in the model",
      [target({ indicator: "z1-user-testing-share" })],
      "changes.0.indicator",
      "monitoring.errors.indicatorNotUsed",
    ],
    [
      "removing an indicator not in the model",
      [{ kind: "remove-indicator", indicator: "z1-user-testing-share", reason: because }],
      "changes.0.indicator",
      "monitoring.errors.indicatorNotUsed",
    ],
    [
      "adding an indicator already in the model",
      [{ kind: "add-indicator", use: participants, reason: because }],
      "changes.0.use.indicator",
      "monitoring.errors.indicatorAlreadyUsed",
    ],
    [
      "adding an indicator without definition",
      [{ kind: "add-indicator", use: { ...participants, indicator: "z9-unknown" }, reason: because }],
      "changes.0.use.indicator",
      "monitoring.errors.indicatorUnknown",
    ],
    [
      "adding an indicator for an unknown goal",
      [
        {
          kind: "add-indicator",
          use: { ...participants, indicator: "z1-user-testing-share", goal: "impact" },
          reason: because,
        },
      ],
      "changes.0.use.goal",
      "monitoring.errors.goalUnknown",
    ],
    [
      "adding an indicator at a position beyond the end",
      [
        {
          kind: "add-indicator",
          use: { ...participants, indicator: "z1-user-testing-share" },
          position: 5,
          reason: because,
        },
      ],
      "changes.0.position",
      "monitoring.errors.position",
    ],
    [
      "a yes-no target other than 0 or 1",
      [
        { kind: "add-indicator", use: { indicator: "z1-guideline-published", goal: "output" }, reason: because },
        { kind: "change-target", indicator: "z1-guideline-published", period: "2026", to: 2, reason: because },
      ],
      "changes.1.to",
      "monitoring.errors.yesNoValue",
    ],
    [
      "the text of an unknown goal",
      [{ kind: "change-goal-text", goal: "impact", text: { de: "Wirkung", en: "Impact" }, reason: because }],
      "changes.0.goal",
      "monitoring.errors.goalUnknown",
    ],
    [
      "a goal text in one language only",
      [{ kind: "change-goal-text", goal: "output", text: { de: "Schulungen", en: "" }, reason: because }],
      "changes.0.text.en",
      "monitoring.errors.goalText",
    ],
    [
      "the same goal text",
      [{ kind: "change-goal-text", goal: "output", text: goals[0]?.text, reason: because }],
      "changes.0",
      "monitoring.errors.changeWithoutEffect",
    ],
    [
      "a baseline in the future",
      [
        {
          kind: "change-baseline",
          indicator: "z1-training-participants",
          baseline: { value: 5, date: "2026-04-01" },
          reason: because,
        },
      ],
      "changes.0.baseline",
      "monitoring.errors.baselineInFuture",
    ],
    [
      "the same baseline",
      [
        {
          kind: "change-baseline",
          indicator: "z1-training-participants",
          baseline: { value: 0, date: "2025-01-01" },
          reason: because,
        },
      ],
      "changes.0",
      "monitoring.errors.changeWithoutEffect",
    ],
    [
      "an unknown kind of change",
      [{ kind: "rename", reason: because }],
      "changes.0.kind",
      "monitoring.errors.changeKind",
    ],
  ])("refuses %s", (_, changes, path, message) => {
    expect(revise(firstVersion(), changes as ProposedChange[])).toEqual({ ok: false, issue: { path, message } });
  });

  it("refuses a revision without a reason, with too many changes, or dated before the version", () => {
    const model = firstVersion();
    const change = target({});
    expect(applyChanges(model, { reason: "", changes: [change] }, { today: reviewDay, definitions })).toEqual({
      ok: false,
      issue: { path: "reason", message: "monitoring.errors.reason" },
    });
    expect(
      revise(
        model,
        Array.from({ length: 51 }, () => change),
      ),
    ).toEqual({
      ok: false,
      issue: { path: "changes", message: "monitoring.errors.changesMany" },
    });
    // 23:59:59 on 14 January in Berlin, the day before the version's (15 January).
    expect(revise(model, [change], new Date("2026-01-14T22:59:59Z"))).toEqual({
      ok: false,
      issue: { path: "date", message: "monitoring.errors.revisionBeforeVersion" },
    });
  });

  it("refuses a batch as a whole when one change fails, leaving nothing half-applied", () => {
    const model = firstVersion();
    const before = structuredClone(model);
    const result = revise(model, [target({ to: 900 }), target({ period: "2025" })]);
    expect(result).toMatchObject({ ok: false, issue: { path: "changes.1.period" } });
    expect(model).toEqual(before);
  });
});

describe("adding and removing goals", () => {
  const phases = ["vorprozess", "demonstration", "etablierung", "skalierung", "betrieb"];
  const withPhases = (model: LogicModel, changes: ProposedChange[]) =>
    applyChanges(model, { reason: because, changes }, { today: reviewDay, definitions, phases });
  const text = { de: "Leitfaden in allen Bezirken bekannt", en: "Guideline known in every district" };

  it("adds an outcome and a milestone of a phase, each with an id of its own, and says so", () => {
    const result = withPhases(firstVersion(), [
      { kind: "add-goal", goal: { level: "outcome", phaseId: null, text }, reason: because },
      {
        kind: "add-goal",
        goal: { level: "milestone", phaseId: "skalierung", text: { de: "In zehn Bezirken", en: "In ten districts" } },
        position: 0,
        reason: because,
      },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.issue));
    expect(result.model.goals.map((goal) => goal.id)).toEqual([
      "milestone-skalierung",
      "output",
      "outcome",
      "milestone-etablierung",
      "outcome-2",
    ]);
    expect(result.differences).toEqual([
      {
        kind: "goal-added",
        goal: { id: "outcome-2", level: "outcome", phaseId: null, text },
        position: 3,
        reason: because,
      },
      expect.objectContaining({ kind: "goal-added", position: 0 }),
    ]);
  });

  it("removes a goal no indicator shows, and the undo brings it back in its place", () => {
    const model = firstVersion();
    const removed = withPhases(model, [{ kind: "remove-goal", goal: "outcome", reason: because }]);
    if (!removed.ok) throw new Error(JSON.stringify(removed.issue));
    expect(removed.model.goals.map((goal) => goal.id)).toEqual(["output", "milestone-etablierung"]);
    expect(removed.differences).toEqual([{ kind: "goal-removed", goal: model.goals[1], position: 1, reason: because }]);
    const undone = withPhases(removed.model, inverseChanges(removed.differences, because));
    if (!undone.ok) throw new Error(JSON.stringify(undone.issue));
    expect(undone.model.goals).toEqual(model.goals);
  });

  it("removes a goal together with its last indicator when the indicator goes first", () => {
    const result = withPhases(firstVersion(), [
      { kind: "remove-indicator", indicator: "z1-training-participants", reason: because },
      { kind: "remove-goal", goal: "output", reason: because },
    ]);
    expect(result.ok && result.model.goals.map((goal) => goal.id)).toEqual(["outcome", "milestone-etablierung"]);
  });

  it.each([
    [
      "a goal an indicator still shows",
      { kind: "remove-goal", goal: "output", reason: because },
      "changes.0.goal",
      "goalHasIndicators",
    ],
    [
      "a goal the model does not have",
      { kind: "remove-goal", goal: "impact", reason: because },
      "changes.0.goal",
      "goalUnknown",
    ],
    [
      "a milestone without a phase",
      { kind: "add-goal", goal: { level: "milestone", phaseId: null, text }, reason: because },
      "changes.0.goal.phaseId",
      "milestonePhase",
    ],
    [
      "an outcome with a phase",
      { kind: "add-goal", goal: { level: "outcome", phaseId: "betrieb", text }, reason: because },
      "changes.0.goal.phaseId",
      "milestonePhase",
    ],
    [
      "a milestone of a phase the strategy does not have",
      { kind: "add-goal", goal: { level: "milestone", phaseId: "mars", text }, reason: because },
      "changes.0.goal.phaseId",
      "milestonePhaseUnknown",
    ],
    [
      "a level that does not exist",
      { kind: "add-goal", goal: { level: "wish", phaseId: null, text }, reason: because },
      "changes.0.goal.level",
      "level",
    ],
    [
      "the same goal again",
      { kind: "add-goal", goal: { level: "output", phaseId: null, text: goals[0]?.text }, reason: because },
      "changes.0.goal.text",
      "goalDuplicate",
    ],
    [
      "a goal text of one letter",
      { kind: "add-goal", goal: { level: "impact", phaseId: null, text: { de: "x", en: "x" } }, reason: because },
      "changes.0.goal.text.de",
      "goalText",
    ],
  ])("refuses %s", (_, change, path, message) => {
    const result = withPhases(firstVersion(), [change as ProposedChange]);
    expect(result).toEqual({ ok: false, issue: { path, message: `monitoring.errors.${message}` } });
  });

  it("refuses to remove the model's last goal", () => {
    const one = createLogicModel({ measureId: "Z1", goals: [goals[1]], indicators: [] }, "Logic model as adopted", {
      today: created,
      definitions,
    });
    if (!one.ok) throw new Error(JSON.stringify(one.issue));
    expect(withPhases(one.model, [{ kind: "remove-goal", goal: "outcome", reason: because }])).toEqual({
      ok: false,
      issue: { path: "changes.0.goal", message: "monitoring.errors.goalLast" },
    });
  });
});
