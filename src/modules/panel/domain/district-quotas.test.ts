import { describe, expect, it } from "vitest";
import { districtQuotas } from "./district-quotas";
import type { QuotaRow } from "./quota-table";

const districts = [
  { key: "mitte", name: { de: "Mitte", en: "Mitte" } },
  { key: "neukoelln", name: { de: "Neukölln", en: "Neukölln" } },
  { key: "friedrichshain-kreuzberg", name: { de: "Friedrichshain-Kreuzberg", en: "Friedrichshain-Kreuzberg" } },
  { key: "altstadt", name: { de: "Altstadt", en: "Old Town" } },
];

const row = (feature: string, value: string, min: number, max: number, share: number | null = null): QuotaRow => ({
  feature,
  value,
  min,
  max,
  populationShare: share,
  pool: 0,
  selected: null,
});

describe("the quotas by district", () => {
  it("finds the feature whose values are districts, by key or by name in either language", () => {
    const map = districtQuotas(
      [
        row("Geschlecht", "weiblich", 2, 3, 0.51),
        row("Geschlecht", "männlich", 2, 3, 0.49),
        row("Bezirk", "neukoelln", 1, 2, 0.3),
        row("Bezirk", "friedrichshain kreuzberg", 1, 2, 0.2),
        row("Bezirk", "Old Town", 1, 2, 0.1),
        row("Bezirk", " MITTE ", 1, 2, 0.4),
      ],
      districts,
      6,
    );
    expect(map?.feature).toBe("Bezirk");
    expect(map?.basis).toBe("population");
    expect(map?.areas.map((a) => [a.district, a.level])).toEqual([
      ["neukoelln", 3],
      ["friedrichshain-kreuzberg", 2],
      ["altstadt", 1],
      ["mitte", 4],
    ]);
    expect(map?.smallest.district).toBe("altstadt");
    expect(map?.largest.district).toBe("mitte");
  });

  it("shades by the middle of the quota range when a district has no population share", () => {
    const map = districtQuotas(
      [row("Bezirk", "Mitte", 2, 4, 0.5), row("Bezirk", "Neukölln", 1, 1), row("Bezirk", "Altstadt", 0, 0)],
      districts,
      10,
    );
    expect(map?.basis).toBe("range");
    expect(map?.areas.map((a) => [a.district, a.share, a.level])).toEqual([
      ["mitte", 0.3, 4],
      ["neukoelln", 0.1, 1],
      ["altstadt", 0, 0],
    ]);
  });

  it("is no map when a value is not a district, a district comes twice or there is one value only", () => {
    expect(districtQuotas([row("Wohnort", "Mitte", 1, 2), row("Wohnort", "außerhalb", 1, 2)], districts, 4)).toBeNull();
    expect(districtQuotas([row("Bezirk", "Mitte", 1, 2), row("Bezirk", "mitte", 1, 2)], districts, 4)).toBeNull();
    expect(districtQuotas([row("Bezirk", "Mitte", 1, 2)], districts, 4)).toBeNull();
    expect(districtQuotas([], districts, 4)).toBeNull();
  });

  it("gives every district the same shade when their shares are equal", () => {
    const map = districtQuotas([row("Bezirk", "Mitte", 1, 2), row("Bezirk", "Neukölln", 1, 2)], districts, 4);
    expect(map?.areas.map((a) => a.level)).toEqual([2, 2]);
  });
});
