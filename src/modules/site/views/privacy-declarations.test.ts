import { describe, expect, it } from "vitest";
import { modules } from "../../../app/modules";
import { privacyKey } from "../../../platform/contributions/contributions";

describe("the privacy declarations of the modules", () => {
  it("every module declares what it processes, each text in German and English", () => {
    const ids = new Set<string>();
    for (const module of modules) {
      expect(module.privacy.entries.length, module.name).toBeGreaterThan(0);
      for (const entry of module.privacy.entries) {
        expect(ids.has(entry.id), `${entry.id} declared twice`).toBe(false);
        ids.add(entry.id);
        expect(entry.legalBasis.length, entry.id).toBeGreaterThan(0);
        for (const part of ["name", "data", "purpose", "basis", "retention"] as const) {
          const key = privacyKey(entry.id, part);
          expect(module.privacy.messages.de[key], key).toBeTruthy();
          expect(module.privacy.messages.en[key], key).toBeTruthy();
        }
      }
    }
  });
});
