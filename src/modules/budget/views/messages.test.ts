import { describe, expect, it } from "vitest";
import { budgetMessageParts } from "./messages";

describe("the budget's messages", () => {
  it("never define a key in two feature catalogues, where the later would replace the earlier one's text", () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const [part, catalogues] of Object.entries(budgetMessageParts)) {
      for (const locale of ["de", "en"] as const) {
        for (const key of Object.keys(catalogues[locale])) {
          const first = owner.get(`${locale}:${key}`);
          if (first && first !== part) twice.push(`${key} (${first} and ${part})`);
          owner.set(`${locale}:${key}`, part);
        }
      }
    }
    expect(twice).toEqual([]);
  });
});
