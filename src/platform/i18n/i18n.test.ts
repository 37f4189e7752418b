import { describe, expect, it } from "vitest";
import { modules } from "../../app/modules";
import { localized, negotiateLocale, registerMessages, translator } from "./i18n";

describe("message catalogues", () => {
  for (const module of modules) {
    if (!module.messages) continue;
    it(`${module.name}: German and English have the same keys and no empty text`, () => {
      const { de, en } = module.messages as { de: Record<string, string>; en: Record<string, string> };
      expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
      for (const [key, text] of [...Object.entries(de), ...Object.entries(en)]) {
        expect(text.trim(), key).not.toBe("");
      }
    });
  }

  it("no two modules define the same key", () => {
    const seen = new Map<string, string>();
    for (const module of modules) {
      for (const key of Object.keys(module.messages?.de ?? {})) {
        expect(seen.get(key), `${key} in ${module.name}`).toBeUndefined();
        seen.set(key, module.name);
      }
    }
  });
});

describe("translation", () => {
  registerMessages({
    de: { "test.greeting": "Hallo {name}", "test.onlyGerman": "Nur deutsch" },
    en: { "test.greeting": "Hello {name}" },
  });

  it("interpolates parameters and falls back to German, then to the text itself", () => {
    expect(translator("en")("test.greeting", { name: "Ada" })).toBe("Hello Ada");
    expect(translator("en")("test.onlyGerman")).toBe("Nur deutsch");
    expect(translator("de")("Already a sentence.")).toBe("Already a sentence.");
  });

  it("picks content in the requested language with fallback to German", () => {
    expect(localized({ de: "Wasser", en: "Water" }, "en")).toBe("Water");
    expect(localized({ de: "Wasser", en: "" }, "en")).toBe("Wasser");
    expect(localized({ de: "Wasser" }, "en")).toBe("Wasser");
    expect(localized(null, "de")).toBe("");
  });

  it("negotiates the language from Accept-Language by quality", () => {
    expect(negotiateLocale("fr-FR,en;q=0.8,de;q=0.9")).toBe("de");
    expect(negotiateLocale("en-US")).toBe("en");
    expect(negotiateLocale("fr")).toBeUndefined();
    expect(negotiateLocale("de;q=0")).toBeUndefined();
  });
});
