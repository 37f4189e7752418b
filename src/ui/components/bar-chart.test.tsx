import { describe, expect, it } from "vitest";
import { type Bar, BarChart } from "./bar-chart";

const statusBars: Bar[] = [
  { label: "Im Plan", value: 12, status: "on-track" },
  { label: "Gefährdet", value: 6, status: "at-risk" },
  { label: "Nicht im Plan", value: 3, status: "off-track" },
  { label: "Keine Daten", value: 0, status: "no-data" },
];

function chart(bars: readonly Bar[], extra: { max?: number; format?: (n: number) => string } = {}) {
  return BarChart({
    id: "status",
    title: "Indikatoren nach Stand",
    description: "12 von 21 Indikatoren sind im Plan.",
    bars,
    ...extra,
  }).toString();
}

function widths(html: string): string[] {
  return [...html.matchAll(/<rect class="bar-chart__bar[^"]*" width="([^"]+)"/g)].map((m) => m[1] as string);
}

describe("bar chart", () => {
  it("is a figure named by its title and described by its description", () => {
    const html = chart(statusBars);
    expect(html).toContain(
      '<figure class="bar-chart" aria-labelledby="status-title" aria-describedby="status-description">',
    );
    expect(html).toContain('<span class="bar-chart__title" id="status-title">Indikatoren nach Stand</span>');
    expect(html).toContain('id="status-description">12 von 21 Indikatoren sind im Plan.</span>');
    // The bars are drawing only; the words and numbers beside them are what a screen reader reads.
    expect(html.match(/<svg class="bar-chart__track" aria-hidden="true"/g)).toHaveLength(4);
  });

  it("writes every number beside its bar, also a zero", () => {
    const html = chart(statusBars, { format: (n) => `${n} Stück` });
    for (const bar of statusBars) {
      expect(html).toMatch(
        new RegExp(`${bar.label}</span><svg[^]*?<span class="bar-chart__value">${bar.value} Stück</span>`),
      );
    }
  });

  it("draws lengths in proportion to the largest value, or to a shared maximum", () => {
    expect(widths(chart(statusBars))).toEqual(["100%", "50%", "25%", "0%"]);
    expect(widths(chart(statusBars, { max: 24 }))).toEqual(["50%", "25%", "12.5%", "0%"]);
    expect(widths(chart([{ label: "Über", value: 30 }], { max: 24 }))).toEqual(["100%"]);
  });

  it("marks a status by colour, a pattern and the status's shape, not by colour alone", () => {
    const html = chart(statusBars);
    expect(html).toContain('class="bar-chart__bar bar-chart__bar--on-track"');
    expect(html).toContain(
      'class="bar-chart__bar bar-chart__bar--at-risk" width="50%" height="100%" fill="url(#status-at-risk)"',
    );
    expect(html).toContain('fill="url(#status-off-track)"');
    expect(html).toContain('<pattern id="status-at-risk"');
    expect(html).toContain('<pattern id="status-off-track"');
    for (const status of ["on-track", "at-risk", "off-track", "no-data"]) {
      expect(html).toContain(`class="status-icon status-icon--${status}"`);
    }
    const plain = chart([{ label: "Mobilität", value: 4 }]);
    expect(plain).toContain('class="bar-chart__bar bar-chart__bar--default"');
    expect(plain).not.toContain("<pattern");
    expect(plain).not.toContain("status-icon");
  });

  it("keeps title and description for screen readers only when asked", () => {
    const html = BarChart({ id: "c", title: "T", description: "D", hideCaption: true, bars: statusBars }).toString();
    expect(html).toContain('<figcaption class="visually-hidden">');
  });

  it("writes no NaN or Infinity for no bars, zeros, negative, huge or broken values", () => {
    const cases: Bar[][] = [
      [],
      [{ label: "A", value: 0 }],
      [{ label: "A", value: 5 }],
      [
        { label: "A", value: 5 },
        { label: "B", value: 5 },
      ],
      [
        { label: "A", value: -3 },
        { label: "B", value: -1 },
      ],
      [
        { label: "A", value: 1e300 },
        { label: "B", value: Number.MAX_VALUE },
      ],
      [
        { label: "A", value: Number.NaN },
        { label: "B", value: Number.POSITIVE_INFINITY },
      ],
    ];
    for (const bars of cases) {
      const html = chart(bars);
      expect(html).not.toMatch(/NaN|Infinity/);
      for (const width of widths(html)) expect(Number.parseFloat(width)).toBeGreaterThanOrEqual(0);
    }
    expect(widths(chart([{ label: "A", value: -3 }]))).toEqual(["0%"]);
    expect(chart([{ label: "A", value: -3 }])).toContain('<span class="bar-chart__value">-3</span>');
  });
});
