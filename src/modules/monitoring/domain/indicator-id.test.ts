import { describe, expect, it } from "vitest";
import { indicatorUseId, parseIndicatorUseId } from "./indicator-id";

describe("the public id of an indicator use", () => {
  it("joins the measure's slug and the definition's key and splits them back", () => {
    const id = indicatorUseId("offene-daten-2030", "open-data-sets");
    expect(id).toBe("offene-daten-2030.open-data-sets");
    expect(parseIndicatorUseId(id)).toEqual({ slug: "offene-daten-2030", indicator: "open-data-sets" });
  });

  it("names nothing for texts that are no such id", () => {
    for (const text of [
      "",
      "slug",
      "a.b.c",
      ".key",
      "slug.",
      "Slug.key",
      "slug.key ",
      "slug..key",
      "a-.b",
      "x".repeat(201),
    ])
      expect(parseIndicatorUseId(text), text).toBeNull();
  });
});
