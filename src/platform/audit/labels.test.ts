import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { modules, registerModules } from "../../app/modules";
import { translator } from "../i18n/i18n";
import { auditActionKey } from "./labels";
import { recordedAuditActions } from "./testing/recorded-actions";

const sourceRoot = fileURLToPath(new URL("../..", import.meta.url));

describe("names of audit actions", () => {
  registerModules();
  const recorded = recordedAuditActions(sourceRoot);

  it("finds the actions the use cases record, and can follow every one of them", () => {
    expect(recorded.unresolved).toEqual([]);
    // A few known ones, so a scanner that finds nothing cannot pass.
    for (const action of ["account.login", "budget.ballot.cast", "budget.ballot.replace", "strategy.measure.edit"]) {
      expect([...recorded.actions.keys()]).toContain(action);
    }
  });

  it("every recorded action has a German and an English name", () => {
    const labelled = new Map<string, { de: boolean; en: boolean }>();
    for (const module of modules) {
      for (const action of Object.keys(module.auditLabels?.de ?? {})) labelled.set(action, { de: true, en: false });
      for (const action of Object.keys(module.auditLabels?.en ?? {})) {
        labelled.set(action, { de: labelled.get(action)?.de ?? false, en: true });
      }
    }
    const missing = [...recorded.actions]
      .filter(([action]) => !(labelled.get(action)?.de && labelled.get(action)?.en))
      .map(([action, where]) => `${action} (${where})`);
    expect(missing, "add a name to the module's auditLabels").toEqual([]);
  });

  it("each module names its actions in both languages alike, without empty names", () => {
    for (const module of modules) {
      if (!module.auditLabels) continue;
      const { de, en } = module.auditLabels;
      expect(Object.keys(en).sort(), module.name).toEqual(Object.keys(de).sort());
      for (const text of [...Object.values(de), ...Object.values(en)]) expect(text.trim()).not.toBe("");
    }
  });

  it("the audit log's translator finds the names", () => {
    expect(translator("de")(auditActionKey("budget.ballot.cast"))).toBe("Stimme abgegeben");
    expect(translator("en")(auditActionKey("budget.ballot.cast"))).toBe("Ballot cast");
  });
});
