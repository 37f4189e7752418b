import { describe, expect, it } from "vitest";
import { HeatMap, type HeatMapRow, shadeOf } from "./heat-map";

const levels = ["kein Bezug", "gering", "mittel", "stark"].map((label, value) => ({ value, label }));

function heatMap(rows: readonly HeatMapRow[], extra: { min?: number; max?: number } = {}) {
  return HeatMap({
    id: "compass",
    caption: "Maßnahmen und Werte",
    rowHeading: "Maßnahme",
    columns: ["Nachhaltigkeit", "Teilhabe", "Offenheit"],
    rows,
    legendTitle: "Stärke des Bezugs",
    levels,
    noValue: "nicht bewertet",
    ...extra,
  }).toString();
}

describe("heat map", () => {
  it("is a table with a caption, scoped headings and the number in every cell", () => {
    const html = heatMap([
      { label: "Ladepunkte", values: [3, 1, 0] },
      { label: <a href="/measures/7">Offene Daten</a>, values: [2, null, 3] },
    ]);
    expect(html).toContain('<caption id="compass-caption">Maßnahmen und Werte</caption>');
    expect(html).toContain(
      '<tr><th scope="col">Maßnahme</th><th scope="col">Nachhaltigkeit</th><th scope="col">Teilhabe</th><th scope="col">Offenheit</th></tr>',
    );
    expect(html).toContain(
      '<tr><th scope="row">Ladepunkte</th><td class="heat-map__cell heat-map__shade--4">3</td>' +
        '<td class="heat-map__cell heat-map__shade--1">1</td><td class="heat-map__cell heat-map__shade--0">0</td></tr>',
    );
    expect(html).toContain('<th scope="row"><a href="/measures/7">Offene Daten</a></th>');
    expect(html).toContain('<td class="heat-map__cell heat-map__cell--empty">nicht bewertet</td>');
    expect(html).toContain('<td class="heat-map__cell heat-map__shade--3">2</td>');
  });

  it("scrolls sideways in a region named by its caption, reachable by keyboard", () => {
    const html = heatMap([{ label: "A", values: [1, 2, 3] }]);
    expect(html).toContain(
      '<section class="table-wrap heat-map__scroll" aria-labelledby="compass-caption" tabindex="0">',
    );
  });

  it("has a legend that shows each level's number on its shade, with its meaning", () => {
    const html = heatMap([]);
    expect(html).toContain('<p class="heat-map__legend-title" id="compass-legend">Stärke des Bezugs</p>');
    expect(html).toContain('<ul class="heat-map__legend" aria-labelledby="compass-legend">');
    expect(html).toContain('<span class="heat-map__swatch heat-map__shade--0">0</span> kein Bezug');
    expect(html).toContain('<span class="heat-map__swatch heat-map__shade--4">3</span> stark');
  });

  it("spreads values over five shades between min and max, safely at the edges", () => {
    expect([0, 1, 2, 3].map((v) => shadeOf(v, 0, 3))).toEqual([0, 1, 3, 4]);
    expect([0, 25, 50, 75, 100].map((v) => shadeOf(v, 0, 100))).toEqual([0, 1, 2, 3, 4]);
    expect(shadeOf(-5, 0, 3)).toBe(0);
    expect(shadeOf(9, 0, 3)).toBe(4);
    expect(shadeOf(2, 2, 2)).toBe(0);
    expect(shadeOf(Number.NaN, 0, 3)).toBe(0);
  });

  it("writes no NaN or Infinity for no rows, no levels, or broken values", () => {
    const cases = [
      heatMap([]),
      heatMap([{ label: "A", values: [] }]),
      heatMap([{ label: "A", values: [Number.NaN, Number.POSITIVE_INFINITY, -1e308] }]),
      heatMap([{ label: "A", values: [1e300, 5, 5] }], { min: 5, max: 5 }),
      HeatMap({
        id: "h",
        caption: "C",
        rowHeading: "R",
        columns: ["X"],
        rows: [{ label: "A", values: [2] }],
        legendTitle: "L",
        levels: [],
        noValue: "–",
      }).toString(),
    ];
    for (const html of cases) expect(html).not.toMatch(/NaN|Infinity/);
  });
});
