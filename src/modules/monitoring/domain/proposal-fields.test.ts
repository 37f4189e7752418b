import { describe, expect, it } from "vitest";
import {
  changeBaselineInput,
  changeFieldOf,
  proposalFieldNames,
  proposalForms,
  proposalKinds,
  typedFields,
} from "./proposal-fields";
import { proposalPrefixes, reportContentOf, saveReportInput } from "./review-inputs";

const reason = "Die Bezirke machen später mit als geplant.";

describe("reading each kind of proposal from its form fields", () => {
  it("reads a target change; an empty target removes the target", () => {
    const fields = { indicator: "z1-participants", period: " 2027 ", target: "900", reason };
    expect(proposalForms["change-target"].parse(fields)).toEqual({
      kind: "change-target",
      indicator: "z1-participants",
      period: "2027",
      to: 900,
      reason,
    });
    expect(proposalForms["change-target"].parse({ ...fields, target: "" })).toMatchObject({ to: null });
  });

  it("reads a new indicator with its starting value and first target, each pair both or neither", () => {
    const fields = {
      indicator: "z2-datasets",
      goal: "output",
      baselineValue: "5",
      baselineDate: "2026-01-01",
      targetPeriod: "2027",
      targetValue: "12,5",
      reason,
    };
    expect(proposalForms["add-indicator"].parse(fields)).toEqual({
      kind: "add-indicator",
      use: {
        indicator: "z2-datasets",
        goal: "output",
        baseline: { value: 5, date: "2026-01-01" },
        targets: { "2027": 12.5 },
        targetNote: null,
        responsibleAccountId: null,
      },
      reason,
    });
    const bare = proposalForms["add-indicator"].parse({
      ...fields,
      baselineValue: "",
      baselineDate: "",
      targetPeriod: "",
      targetValue: "",
    });
    expect(bare).toMatchObject({ use: { baseline: null, targets: {} } });
    const half = proposalForms["add-indicator"].safeParse({ ...fields, baselineDate: "" });
    expect(half.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["baselineDate", "monitoring.errors.baselineIncomplete"],
    ]);
    const noGoal = proposalForms["add-indicator"].safeParse({ ...fields, goal: "" });
    expect(noGoal.error?.issues[0]?.path).toEqual(["goal"]);
  });

  it("reads a removal, and refuses one without a chosen indicator at the indicator", () => {
    expect(proposalForms["remove-indicator"].parse({ indicator: "z1-share", reason })).toEqual({
      kind: "remove-indicator",
      indicator: "z1-share",
      reason,
    });
    const none = proposalForms["remove-indicator"].safeParse({ indicator: "", reason });
    expect(none.error?.issues[0]?.path).toEqual(["indicator"]);
  });

  it("reads a goal's new wording; a language left empty takes the other's", () => {
    const change = proposalForms["change-goal-text"].parse({
      goal: "outcome",
      textDe: "  Mehr Projekte testen mit Nutzer:innen ",
      textEn: "",
      reason,
    });
    expect(change).toEqual({
      kind: "change-goal-text",
      goal: "outcome",
      text: { de: "Mehr Projekte testen mit Nutzer:innen", en: "Mehr Projekte testen mit Nutzer:innen" },
      reason,
    });
  });

  it("reads a starting value; both fields empty remove it, one of them alone is refused at the other", () => {
    const fields = { indicator: "z1-participants", baselineValue: "120", baselineDate: "2026-01-01", reason };
    expect(proposalForms["change-baseline"].parse(fields)).toEqual({
      kind: "change-baseline",
      indicator: "z1-participants",
      baseline: { value: 120, date: "2026-01-01" },
      reason,
    });
    expect(proposalForms["change-baseline"].parse({ ...fields, baselineValue: "", baselineDate: "" })).toMatchObject({
      baseline: null,
    });
    const half = proposalForms["change-baseline"].safeParse({ ...fields, baselineValue: " " });
    expect(half.error?.issues[0]?.path).toEqual(["baselineValue"]);
  });

  it("refuses a short reason at the reason, for every kind", () => {
    for (const kind of proposalKinds) {
      const fields = Object.fromEntries(proposalFieldNames[kind].map((name) => [name, ""]));
      const parsed = proposalForms[kind].safeParse({ ...fields, reason: "kurz" });
      expect(
        parsed.error?.issues.some((issue) => issue.path[0] === "reason"),
        kind,
      ).toBe(true);
    }
  });

  it("reads the team's baseline form outside a round with the same rules", () => {
    const parsed = changeBaselineInput.safeParse({
      slug: "z1",
      version: "3",
      indicator: "z1-participants",
      baselineValue: "1.500",
      baselineDate: "2026-01-01",
      reason,
    });
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["baselineValue", "monitoring.errors.valueGrouped"],
    ]);
  });
});

describe("the field of an issue the logic model finds", () => {
  it("names the field of each kind's part", () => {
    expect(changeFieldOf("change-target", "changes.2.to", "monitoring.errors.targetValue")).toBe("target");
    expect(changeFieldOf("change-target", "changes.0.period", "monitoring.errors.targetInPast")).toBe("period");
    expect(changeFieldOf("change-target", "changes.0", "monitoring.errors.changeWithoutEffect")).toBe("target");
    expect(changeFieldOf("add-indicator", "changes.1.use.goal", "monitoring.errors.goalUnknown")).toBe("goal");
    expect(changeFieldOf("add-indicator", "changes.1.use.indicator", "monitoring.errors.indicatorAlreadyUsed")).toBe(
      "indicator",
    );
    expect(changeFieldOf("add-indicator", "changes.1.use.targets.2024", "monitoring.errors.targetInPast")).toBe(
      "targetPeriod",
    );
    expect(changeFieldOf("add-indicator", "changes.1.use.targets.2027", "monitoring.errors.targetValue")).toBe(
      "targetValue",
    );
    expect(changeFieldOf("remove-indicator", "changes.0.indicator", "monitoring.errors.indicatorNotUsed")).toBe(
      "indicator",
    );
    expect(changeFieldOf("change-goal-text", "changes.0.text.en", "monitoring.errors.goalText")).toBe("textEn");
    expect(changeFieldOf("change-goal-text", "changes.0", "monitoring.errors.changeWithoutEffect")).toBe("textDe");
  });

  it("tells the value of a starting value from its day by the message", () => {
    expect(changeFieldOf("change-baseline", "changes.0.baseline", "monitoring.errors.baselineValue")).toBe(
      "baselineValue",
    );
    expect(changeFieldOf("change-baseline", "changes.0.baseline", "monitoring.errors.baselineInFuture")).toBe(
      "baselineDate",
    );
    expect(changeFieldOf("add-indicator", "changes.0.use.baseline", "monitoring.errors.baselineDate")).toBe(
      "baselineDate",
    );
  });

  it("puts the reason at the reason and the revision as a whole on the form", () => {
    expect(changeFieldOf("change-baseline", "reason", "monitoring.errors.reason")).toBe("reason");
    expect(changeFieldOf("change-goal-text", "changes.3.reason", "monitoring.errors.reason")).toBe("reason");
    expect(changeFieldOf("change-target", "date", "monitoring.errors.revisionBeforeVersion")).toBe("form");
  });
});

describe("a report's numbered proposals of every kind", () => {
  const form = (fields: Record<string, string>) => saveReportInput.parse({ round: "r", slug: "z1", ...fields });

  it("reads each filled slot, kind by kind, and names its slot", () => {
    const sent = reportContentOf(
      form({
        "proposal-0-indicator": "z1-participants",
        "proposal-0-period": "2027",
        "proposal-0-target": "800",
        "proposal-0-reason": reason,
        // A target slot whose indicator alone is chosen is empty.
        "proposal-1-indicator": "z1-participants",
        "proposal-goal-0-goal": "outcome",
        "proposal-goal-0-textDe": "Mehr Projekte testen mit Nutzer:innen",
        "proposal-goal-0-reason": reason,
        "proposal-remove-1-indicator": "z1-share",
        "proposal-remove-1-reason": reason,
      }),
    );
    expect(sent.ok && sent.content.proposals.map((change) => change.kind)).toEqual([
      "change-target",
      "remove-indicator",
      "change-goal-text",
    ]);
    expect(sent.ok && sent.slots.map((slot) => slot.prefix)).toEqual([
      "proposal-0",
      "proposal-remove-1",
      "proposal-goal-0",
    ]);
  });

  it("names every mistake at its slot's field, and keeps none of the proposals", () => {
    const sent = reportContentOf(
      form({
        "proposal-add-0-indicator": "z2-datasets",
        "proposal-add-0-goal": "output",
        "proposal-add-0-baselineValue": "5",
        "proposal-add-0-reason": reason,
        "proposal-baseline-2-indicator": "z1-participants",
        "proposal-baseline-2-baselineValue": "viele",
        "proposal-baseline-2-baselineDate": "2026-01-01",
        "proposal-baseline-2-reason": reason,
      }),
    );
    expect(sent).toEqual({
      ok: false,
      issues: [
        { path: "proposal-add-0-baselineDate", message: "monitoring.errors.baselineIncomplete" },
        { path: "proposal-baseline-2-baselineValue", message: "monitoring.errors.valueNotNumber" },
      ],
    });
  });

  it("gives every kind its own prefix, and the target changes their first one", () => {
    expect(proposalPrefixes["change-target"]).toBe("proposal");
    expect(new Set(Object.values(proposalPrefixes)).size).toBe(proposalKinds.length);
    expect(typedFields("change-target")).not.toContain("indicator");
    expect(typedFields("remove-indicator")).toContain("indicator");
  });
});

describe("reading a new goal and a goal to remove", () => {
  it("reads a milestone with its phase; a language left empty takes the other's", () => {
    const fields = { level: "milestone", phase: "betrieb", textDe: " Programm läuft weiter ", textEn: "", reason };
    expect(proposalForms["add-goal"].parse(fields)).toEqual({
      kind: "add-goal",
      goal: {
        level: "milestone",
        phaseId: "betrieb",
        text: { de: "Programm läuft weiter", en: "Programm läuft weiter" },
      },
      reason,
    });
    expect(proposalForms["add-goal"].parse({ ...fields, level: "outcome", phase: "" })).toMatchObject({
      goal: { level: "outcome", phaseId: null },
    });
    expect(proposalForms["add-goal"].safeParse({ ...fields, level: "" }).error?.issues[0]?.message).toBe(
      "monitoring.errors.level",
    );
  });

  it("reads the goal to remove, and names the domain's refusals at the form's fields", () => {
    expect(proposalForms["remove-goal"].parse({ goal: "impact", reason })).toEqual({
      kind: "remove-goal",
      goal: "impact",
      reason,
    });
    expect(changeFieldOf("remove-goal", "changes.0.goal", "monitoring.errors.goalHasIndicators")).toBe("goal");
    expect(changeFieldOf("add-goal", "changes.0.goal.phaseId", "monitoring.errors.milestonePhase")).toBe("phase");
    expect(changeFieldOf("add-goal", "changes.0.goal.text.en", "monitoring.errors.goalText")).toBe("textEn");
    expect(changeFieldOf("add-goal", "changes.0.goal.text", "monitoring.errors.goalDuplicate")).toBe("textDe");
    expect(changeFieldOf("add-goal", "changes.0.goal.level", "monitoring.errors.level")).toBe("level");
  });
});
