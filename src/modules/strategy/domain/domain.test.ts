import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AssessmentRecord, currentAssessments, recordAssessment, strongValueIds } from "./assessment";
import { applyChanges, diff, diffRecords, flatten, revertChanges, unflatten } from "./diff";
import { measureTextsInput } from "./inputs";
import { type Assessment, measureStatuses, type Phase } from "./model";
import { allowedPhases, allowedStatuses, checkPhaseTransition, checkStatusTransition } from "./transitions";
import {
  isPeriodOrdered,
  isValidSlug,
  latestDay,
  measureStatusOf,
  measureTypeOf,
  parsePeriod,
  slugify,
} from "./vocabulary";

const phases: Phase[] = [
  { id: "vorprozess", position: 1, name: { de: "Vorprozess", en: "Pre-process" } },
  { id: "demonstration", position: 2, name: { de: "Demonstration", en: "Demonstration" } },
  { id: "etablierung", position: 3, name: { de: "Etablierung", en: "Establishment" } },
  { id: "skalierung", position: 4, name: { de: "Skalierung", en: "Scaling" } },
  { id: "betrieb", position: 5, name: { de: "Betrieb", en: "Operation" } },
];

describe("status transitions", () => {
  it("lets a planned measure start, pause or stop, but not complete before it ran", () => {
    expect(checkStatusTransition("planned", "running")).toEqual({ ok: true });
    expect(checkStatusTransition("planned", "stopped")).toEqual({ ok: true });
    expect(checkStatusTransition("planned", "completed")).toEqual({
      ok: false,
      reason: "strategy.rules.statusTransition",
    });
  });

  it("lets a running measure pause, complete or stop, and a paused one resume", () => {
    expect(checkStatusTransition("running", "completed").ok).toBe(true);
    expect(checkStatusTransition("running", "planned").ok).toBe(false);
    expect(checkStatusTransition("paused", "running").ok).toBe(true);
    expect(checkStatusTransition("paused", "completed").ok).toBe(false);
  });

  it("treats completed and stopped as final", () => {
    for (const to of measureStatuses) {
      if (to !== "completed") expect(checkStatusTransition("completed", to).ok).toBe(false);
      if (to !== "stopped") expect(checkStatusTransition("stopped", to).ok).toBe(false);
    }
    expect(allowedStatuses("completed")).toEqual(["completed"]);
  });

  it("accepts any first status but never removes one", () => {
    expect(checkStatusTransition(null, "completed").ok).toBe(true);
    expect(checkStatusTransition("running", null)).toEqual({ ok: false, reason: "strategy.rules.statusRequired" });
  });

  it("offers exactly the statuses the rule accepts", () => {
    fc.assert(
      fc.property(fc.constantFrom(null, ...measureStatuses), fc.constantFrom(...measureStatuses), (from, to) => {
        expect(allowedStatuses(from).includes(to)).toBe(checkStatusTransition(from, to).ok);
      }),
    );
  });
});

describe("phase transitions", () => {
  it("moves forward one phase at a time and never skips one", () => {
    expect(checkPhaseTransition(phases, "running", "demonstration", "etablierung").ok).toBe(true);
    expect(checkPhaseTransition(phases, "running", "demonstration", "skalierung")).toEqual({
      ok: false,
      reason: "strategy.rules.phaseSkip",
    });
  });

  it("may step back to any earlier phase", () => {
    expect(checkPhaseTransition(phases, "running", "skalierung", "vorprozess").ok).toBe(true);
  });

  it("keeps the phase of a completed or stopped measure", () => {
    expect(checkPhaseTransition(phases, "completed", "betrieb", "skalierung").ok).toBe(false);
    expect(allowedPhases(phases, "stopped", "etablierung").map((p) => p.id)).toEqual(["etablierung"]);
  });

  it("refuses an unknown phase and accepts any phase as the first", () => {
    expect(checkPhaseTransition(phases, "planned", null, "mars").ok).toBe(false);
    expect(checkPhaseTransition(phases, "planned", null, "skalierung").ok).toBe(true);
    expect(allowedPhases(phases, "running", "etablierung").map((p) => p.id)).toEqual([
      "vorprozess",
      "demonstration",
      "etablierung",
      "skalierung",
    ]);
  });
});

const assessment = (valueId: string, score: number, assessedOn: string, rationale = "Begründung"): Assessment => ({
  valueId,
  score,
  rationale: { de: rationale, en: "Rationale" },
  assessedBy: "Strategiebüro",
  assessedOn,
});

describe("values-compass assessments", () => {
  it("keeps every earlier assessment in the history and puts the latest in force", () => {
    let history: AssessmentRecord[] = [];
    history = recordAssessment(history, assessment("sustainable", 1, "2024-01-10")).history;
    history = recordAssessment(history, assessment("sustainable", 3, "2024-06-01")).history;
    history = recordAssessment(history, assessment("resilient", 2, "2024-06-01")).history;
    expect(history).toHaveLength(3);
    const current = currentAssessments(history);
    expect(current.get("sustainable")?.score).toBe(3);
    expect(strongValueIds(history)).toEqual(["resilient", "sustainable"]);
  });

  it("does not add the assessment already in force a second time", () => {
    const first = recordAssessment([], assessment("cooperative", 2, "2024-03-01"));
    const again = recordAssessment(first.history, assessment("cooperative", 2, "2024-03-01"));
    expect(again.added).toBeNull();
    expect(again.history).toHaveLength(1);
  });

  it("lets a later change on the same day win, even back to an earlier score", () => {
    let history = recordAssessment([], assessment("common_good", 2, "2024-03-01")).history;
    history = recordAssessment(history, assessment("common_good", 3, "2024-03-01")).history;
    history = recordAssessment(history, assessment("common_good", 2, "2024-03-01")).history;
    expect(history).toHaveLength(3);
    expect(currentAssessments(history).get("common_good")?.score).toBe(2);
  });

  it("records a back-dated assessment once without putting it in force", () => {
    let history = recordAssessment([], assessment("resilient", 3, "2024-06-01")).history;
    history = recordAssessment(history, assessment("resilient", 0, "2023-01-01")).history;
    history = recordAssessment(history, assessment("resilient", 0, "2023-01-01")).history;
    expect(history).toHaveLength(2);
    expect(currentAssessments(history).get("resilient")?.score).toBe(3);
  });

  it("refuses scores outside 0 to 3", () => {
    expect(() => recordAssessment([], assessment("resilient", 4, "2024-01-01"))).toThrow(RangeError);
    expect(() => recordAssessment([], assessment("resilient", 1.5, "2024-01-01"))).toThrow(RangeError);
  });

  it("never shrinks the history and always puts the newest-dated entry in force (property)", () => {
    const entry = fc.record({
      valueId: fc.constantFrom("sustainable", "common_good", "resilient", "cooperative"),
      score: fc.integer({ min: 0, max: 3 }),
      day: fc.integer({ min: 1, max: 28 }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), (entries) => {
        let history: AssessmentRecord[] = [];
        for (const e of entries) {
          const before = history.length;
          history = recordAssessment(
            history,
            assessment(e.valueId, e.score, `2024-02-${String(e.day).padStart(2, "0")}`),
          ).history;
          expect(history.length).toBeGreaterThanOrEqual(before);
        }
        for (const [valueId, inForce] of currentAssessments(history)) {
          const newestDay = history
            .filter((r) => r.valueId === valueId)
            .map((r) => r.assessedOn)
            .sort()
            .at(-1);
          expect(inForce.assessedOn).toBe(newestDay);
        }
      }),
    );
  });
});

describe("version differences", () => {
  const before = {
    title: { de: "Smart Water", en: "Smart Water" },
    status: "running",
    actionFieldIds: ["RW-2", "IS-1"],
    pilot: true,
  };

  it("names each changed field with its value before and after", () => {
    const after = {
      ...before,
      title: { de: "Smart Water", en: "Smart Water – climate-just" },
      actionFieldIds: ["RW-2"],
    };
    expect(diff(before, after)).toEqual([
      { field: "title.en", before: "Smart Water", after: "Smart Water – climate-just" },
      { field: "actionFieldIds", before: ["RW-2", "IS-1"], after: ["RW-2"] },
    ]);
  });

  it("finds no change between equal versions", () => {
    expect(diff(before, structuredClone(before))).toEqual([]);
  });

  const value: fc.Arbitrary<unknown> = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
  );
  const record = fc.dictionary(
    fc.constantFrom("a", "b", "c"),
    fc.oneof(value, fc.dictionary(fc.constantFrom("de", "en"), value, { minKeys: 1 })),
  );

  it("turns one version into the other forwards and back, a missing field counting as empty (property)", () => {
    fc.assert(
      fc.property(record, record, (a, b) => {
        const flatA = flatten(a);
        const flatB = flatten(b);
        const changes = diffRecords(flatA, flatB);
        const forwards = applyChanges(flatA, changes);
        for (const key of Object.keys(flatB)) expect(forwards[key] ?? null).toEqual(flatB[key]);
        const backwards = revertChanges(flatB, changes);
        for (const key of Object.keys(flatA)) expect(backwards[key] ?? null).toEqual(flatA[key]);
        expect(diffRecords(flatA, flatA)).toEqual([]);
      }),
    );
  });

  it("lists a field only when it differs (property)", () => {
    fc.assert(
      fc.property(record, record, (a, b) => {
        const changes = diff(a, b);
        const fa = flatten(a);
        const fb = flatten(b);
        for (const c of changes) expect(c.before).not.toEqual(c.after);
        const changed = new Set(changes.map((c) => c.field));
        for (const key of Object.keys(fa)) {
          if (!changed.has(key) && key in fb) expect(fb[key]).toEqual(fa[key]);
        }
      }),
    );
  });

  it("restores nested records from their flat form", () => {
    expect(unflatten(flatten(before))).toEqual(before);
  });
});

describe("the strategy's vocabulary", () => {
  it("maps the German words of the demo file to the catalogue's codes", () => {
    expect(measureTypeOf("zentral")).toBe("central");
    expect(measureTypeOf("Netzwerk")).toBe("network");
    expect(measureTypeOf("dezentral")).toBe("decentral");
    expect(measureTypeOf("lokal")).toBeUndefined();
    expect(measureStatusOf("laufend")).toBe("running");
    expect(measureStatusOf("in_planung")).toBe("planned");
    expect(measureStatusOf("in Planung")).toBe("planned");
    expect(measureStatusOf("abgeschlossen")).toBe("completed");
    expect(measureStatusOf("vielleicht")).toBeUndefined();
  });

  it("reads periods as strategy documents write them", () => {
    expect(parsePeriod("2022-07 – 2026-09")).toEqual({ start: "2022-07", end: "2026-09", note: { de: "", en: "" } });
    expect(parsePeriod("2022 – 2023 (plan); tours 2023, 2024")).toEqual({
      start: "2022",
      end: "2023",
      note: { de: "(plan); tours 2023, 2024", en: "(plan); tours 2023, 2024" },
    });
    expect(parsePeriod("noch zu definieren")).toEqual({
      start: null,
      end: null,
      note: { de: "noch zu definieren", en: "to be defined" },
    });
    expect(parsePeriod("2022-2023").end).toBe("2023");
    expect(latestDay("2024-02")).toBe("2024-02-29");
    expect(isPeriodOrdered("2026-09", "2022-07")).toBe(false);
    expect(isPeriodOrdered("2022-07", "2022")).toBe(true);
  });

  it("makes short readable slugs with umlauts spelled out", () => {
    expect(slugify("Smart Water – Wasser und Stadtgrün klimagerecht gestalten")).toBe(
      "smart-water-wasser-und-stadtgruen-klimagerecht-gestalten",
    );
    expect(
      slugify("Übergreifende interne und öffentliche Dateninfrastruktur (DataHUB und Open-Data-Portal)").length,
    ).toBeLessThanOrEqual(60);
    expect(isValidSlug("smart-water")).toBe(true);
    expect(isValidSlug("new")).toBe(false);
    expect(isValidSlug("Smart Water")).toBe(false);
  });

  it("always makes valid slugs from any title with a letter or digit (property)", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 120 }), (title) => {
        const slug = slugify(`x ${title}`);
        expect(slug.length).toBeLessThanOrEqual(60);
        expect(/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)).toBe(true);
      }),
    );
  });
});

describe("the texts form", () => {
  it("stores a text area's CRLF line breaks as LF, so an unchanged save changes nothing", () => {
    const parsed = measureTextsInput.parse({
      slug: "x",
      version: "1",
      title_de: "Titel",
      description_de: "Erster Absatz.\r\n\r\nZweiter Absatz.",
    });
    expect(parsed.description_de).toBe("Erster Absatz.\n\nZweiter Absatz.");
  });
});
