import { readFileSync } from "node:fs";
import { parse } from "yaml";

/** The demo strategy shipped with the platform: Berlin's "Gemeinsam Digital: Berlin". */
export const demoFiles = ["gdb-demo.yaml", "demo-assessments.yaml"] as const;

export function readDemoFile(name: (typeof demoFiles)[number]): unknown {
  return parse(readFileSync(new URL(`./demo/${name}`, import.meta.url), "utf8"));
}

/** One measure of the demo file as other modules plan with it: its code, goals and indicators as written. */
export interface DemoMeasurePlan {
  code: string;
  goals: unknown;
  indicators: unknown;
}

/**
 * The demo strategy's day of adoption and its measures' goals and indicators as the file writes them
 * (the catalogue keeps indicators as text; the monitoring module reads the numbers and frequencies).
 */
export function demoMeasurePlans(): { adoptedOn: string | null; measures: DemoMeasurePlan[] } {
  const file = readDemoFile("gdb-demo.yaml") as {
    meta?: { strategy?: { adopted_on?: unknown } };
    measures?: Array<{ id?: unknown; goals?: unknown; indicators?: unknown; indicator?: unknown }>;
  };
  const adoptedOn = file.meta?.strategy?.adopted_on;
  return {
    adoptedOn: typeof adoptedOn === "string" ? adoptedOn : null,
    measures: (file.measures ?? []).flatMap((m) =>
      // The file writes a measure's one indicator as `indicator`, several as `indicators`.
      typeof m.id === "string"
        ? [{ code: m.id, goals: m.goals, indicators: m.indicators ?? (m.indicator === undefined ? [] : [m.indicator]) }]
        : [],
    ),
  };
}
