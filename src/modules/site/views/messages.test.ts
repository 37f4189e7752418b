import { describe, expect, it } from "vitest";
import { siteMessages } from "./messages";

describe("the site's message catalogues", () => {
  it("have the same keys in German and English, and no empty text", () => {
    expect(Object.keys(siteMessages.en).sort()).toEqual(Object.keys(siteMessages.de).sort());
    for (const locale of ["de", "en"] as const) {
      for (const [key, value] of Object.entries(siteMessages[locale]))
        expect(value.trim(), `${locale} ${key}`).not.toBe("");
    }
  });
});
