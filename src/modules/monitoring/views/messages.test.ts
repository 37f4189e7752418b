import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { monitoringModule } from "../module";
import { monitoringMessages } from "./messages";

const root = fileURLToPath(new URL("..", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * Every message key the module's code names: written out (`"monitoring.errors.x"`, `t("monitoring.…")`)
 * or built by the domain's helpers (`error("x")`, `refuse(path, "x")`, `text(0, 500, "x")` and its
 * "…Long" twin). Keys built from a variable part (`monitoring.status.${…}`) are checked by their lists below.
 */
function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of sources(root)) {
    const code = readFileSync(file, "utf8");
    // The domain's and data's own words beyond its errors (e.g. a file format's) come with their pages.
    const own = /[\\/](domain|data)[\\/]/.test(file) ? /^monitoring\.errors\./ : /^monitoring\./;
    for (const [, key] of code.matchAll(/"(monitoring\.[A-Za-z]+\.[A-Za-z.-]+)"/g))
      if (key && own.test(key)) keys.add(key);
    for (const [, name] of code.matchAll(/\berror\("([A-Za-z]+)"\)/g)) keys.add(`monitoring.errors.${name}`);
    for (const [, name] of code.matchAll(/\brefuse\([^,]+, "([A-Za-z]+)"\)/g)) keys.add(`monitoring.errors.${name}`);
    for (const [, name] of code.matchAll(/\b(?:text|bilingual)\(\d+, \d+, "([A-Za-z]+)"\)/g)) {
      keys.add(`monitoring.errors.${name}`);
      keys.add(`monitoring.errors.${name}Long`);
    }
  }
  // Actions are no texts; the ones the audit log records are labelled in their own catalogue.
  for (const action of [
    ...Object.keys(monitoringModule.auditLabels?.de ?? {}),
    ...Object.keys(monitoringModule.actions ?? {}),
  ]) {
    keys.delete(action);
  }
  return keys;
}

describe("the monitoring module's messages", () => {
  it("have the same keys in German and English, none empty", () => {
    expect(Object.keys(monitoringMessages.en).sort()).toEqual(Object.keys(monitoringMessages.de).sort());
    for (const text of [...Object.values(monitoringMessages.de), ...Object.values(monitoringMessages.en)]) {
      expect(text.trim()).not.toBe("");
    }
  });

  it("name every message key the domain, data, use cases and views use", () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(150);
    // Every catalogue the manifest registers: this file's and those of the module's other pages.
    const registered = { de: monitoringModule.messages?.de ?? {}, en: monitoringModule.messages?.en ?? {} };
    const missing = [...used].filter((key) => !(key in registered.de) || !(key in registered.en));
    expect(missing).toEqual([]);
  });

  it("name every value of the words built from stored codes", () => {
    const lists: Record<string, string[]> = {
      status: ["on-track", "at-risk", "off-track", "no-data"],
      statusText: ["on-track", "at-risk", "off-track", "no-data"],
      measureStatus: ["on-track", "at-risk", "off-track", "no-data"],
      trend: ["improving", "steady", "worsening", "unknown"],
      frequency: ["yearly", "half-yearly", "quarterly", "monthly"],
      direction: ["increase", "decrease", "target"],
      level: ["input", "output", "outcome", "impact", "milestone"],
      valueKind: ["number", "yes-no"],
      spatialUnit: ["city", "district"],
      observationStatus: ["provisional", "final", "corrected"],
      notice: [
        "definitionAdded",
        "definitionSaved",
        "modelSetUp",
        "recorded",
        "corrected",
        "targetChanged",
        "indicatorAdded",
      ],
    };
    const missing = Object.entries(lists).flatMap(([group, values]) =>
      values.map((value) => `monitoring.${group}.${value}`).filter((key) => !(key in monitoringMessages.de)),
    );
    expect(missing).toEqual([]);
  });
});
