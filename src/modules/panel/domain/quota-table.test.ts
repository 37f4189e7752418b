import { describe, expect, it } from "vitest";
import { quotaRows, readQuotaTable } from "./quota-table";

const shares = (text: string) =>
  readQuotaTable(text, 10).flatMap((f) => f.values.map((v) => [`${f.name}: ${v.name}`, v.populationShare]));

describe("population shares", () => {
  it("reads a small percentage as a percentage, not as the whole population", () => {
    const text = "feature,value,min,max,population_share\nG,w,0,5,51\nG,m,0,5,48\nG,d,0,1,1\n";
    expect(shares(text)).toEqual([
      ["G: w", 0.51],
      ["G: m", 0.48],
      ["G: d", 0.01],
    ]);
  });

  it("reads fractions when every share is at most 1, and a % sign as percent", () => {
    expect(shares("feature,value,min,max,population_share\nG,w,0,5,0.5\nG,m,0,5,0.5\n")).toEqual([
      ["G: w", 0.5],
      ["G: m", 0.5],
    ]);
    expect(shares("feature,value,min,max,population_share\nG,w,0,5,1%\nG,m,0,5,0.5%\n")).toEqual([
      ["G: w", 0.01],
      ["G: m", 0.005],
    ]);
  });

  it("leaves a value without a share without one", () => {
    expect(shares("feature,value,min,max,population_share\nG,w,0,5,51\nG,d,0,1,\n")).toEqual([
      ["G: w", 0.51],
      ["G: d", null],
    ]);
  });

  it("shows no share of a feature whose stored shares add up to more than the population", () => {
    const features = [
      {
        name: "Geschlecht",
        values: [
          { name: "weiblich", min: 0, max: 5, populationShare: 0.51 },
          { name: "divers", min: 0, max: 1, populationShare: 1 },
        ],
      },
      { name: "Alter", values: [{ name: "alle", min: 0, max: 5, populationShare: 1 }] },
    ];
    expect(quotaRows(features, {}, null).map((r) => r.populationShare)).toEqual([null, null, 1]);
  });
});
