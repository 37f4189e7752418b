import { describe, expect, it } from "vitest";
import { designSystemAssets } from "../stylesheet";
import { ChartWithTable, LineChart, type LineChartProps } from "./line-chart";

const quarters = ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"];

function props(overrides: Partial<LineChartProps> = {}): LineChartProps {
  return {
    id: "chargers",
    title: "Öffentliche Ladepunkte",
    description: "Von 120 auf 210 gestiegen, Ziel 2025: 300.",
    periods: quarters,
    observed: [
      { period: "2024-Q1", value: 120 },
      { period: "2024-Q2", value: 150 },
      // 2024-Q3 has no value: a gap.
      { period: "2024-Q4", value: 180 },
      { period: "2025-Q1", value: 210, provisional: true },
    ],
    baseline: { value: 100, label: "Ausgangswert 2023" },
    targets: [{ period: "2025-Q2", value: 300 }],
    labels: {
      xAxis: "Quartal",
      yAxis: "Anzahl Ladepunkte",
      observed: "Gemessen",
      provisional: "Vorläufig",
      target: "Zielwert",
      noData: "Noch keine Werte",
    },
    // Tick labels marked, so the test can read the axis back.
    format: (n) => `«${n}»`,
    ...overrides,
  };
}

/** The markup of one layout's SVG. */
function layout(html: string, name: "narrow" | "wide"): string {
  const start = html.indexOf(`<svg class="line-chart__svg line-chart__svg--${name}"`);
  return html.slice(start, html.indexOf("</svg>", start) + 6);
}

/** The values written as tick labels, in order. */
function ticks(svg: string): number[] {
  return [...svg.matchAll(/«(-?[\d.e+-]+)»/g)].map((m) => Number(m[1]));
}

/** The x axis's period labels, in order. */
function periodLabels(svg: string): string[] {
  return [...svg.matchAll(/text-anchor="middle">([^<]+)<\/text>/g)].map((m) => m[1] as string);
}

function attribute(svg: string, name: string): number[] {
  return [...svg.matchAll(new RegExp(` ${name}="(-?[\\d.]+)"`, "g"))].map((m) => Number(m[1]));
}

describe("line chart", () => {
  it("is an image named by its title and described by its description, in both layouts", () => {
    const html = LineChart(props()).toString();
    for (const name of ["narrow", "wide"] as const) {
      const svg = layout(html, name);
      expect(svg).toContain(`role="img"`);
      expect(svg).toContain(`aria-labelledby="chargers-${name}-title"`);
      expect(svg).toContain(`aria-describedby="chargers-${name}-description"`);
      expect(svg).toContain(`<title id="chargers-${name}-title">Öffentliche Ladepunkte</title>`);
      expect(svg).toContain(
        `<desc id="chargers-${name}-description">Von 120 auf 210 gestiegen, Ziel 2025: 300.</desc>`,
      );
      expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
      expect(svg).not.toMatch(/^<svg [^>]* (width|height)=/);
    }
  });

  it("leaves a gap for a period without a value, instead of drawing a zero", () => {
    const svg = layout(LineChart(props()).toString(), "wide");
    const line = svg.match(/class="line-chart__line" d="([^"]+)"/)?.[1] ?? "";
    expect(line.match(/M/g)).toHaveLength(2);
    expect(line.match(/L/g)).toHaveLength(2);
    expect(svg.match(/<circle/g)).toHaveLength(4);
    expect(svg.match(/line-chart__point--provisional/g)).toHaveLength(1);
  });

  it("has a y axis of nice ticks that covers the values, the baseline and the targets", () => {
    const html = LineChart(props()).toString();
    for (const name of ["narrow", "wide"] as const) {
      const values = ticks(layout(html, name));
      expect(values[0]).toBe(0);
      expect(values[values.length - 1]).toBeGreaterThanOrEqual(300);
      const steps = new Set(values.slice(1).map((v, i) => v - (values[i] as number)));
      expect(steps.size).toBe(1);
      expect([50, 100]).toContain([...steps][0]);
    }
    // Far from 0, the axis hugs the values — still covering the baseline below them.
    const far = ticks(
      layout(
        LineChart(
          props({
            observed: [
              { period: "2024-Q1", value: 41 },
              { period: "2024-Q2", value: 43 },
            ],
            baseline: { value: 38, label: "2023" },
            targets: [{ period: "2025-Q2", value: 45 }],
          }),
        ).toString(),
        "wide",
      ),
    );
    expect(far[0]).toBeGreaterThan(0);
    expect(far[0]).toBeLessThanOrEqual(38);
    expect(far[far.length - 1]).toBeGreaterThanOrEqual(45);
  });

  it("draws every point, the targets and the baseline inside the plot", () => {
    const svg = layout(LineChart(props()).toString(), "narrow");
    const height = Number(svg.match(/viewBox="0 0 \d+ (\d+)"/)?.[1]);
    for (const y of attribute(svg, "cy")) {
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(height);
    }
    expect(svg).toMatch(/class="line-chart__target" d="M[\d.]+ [\d.]+l6 6l-6 6l-6-6z"/);
    expect(svg).toContain('<g class="line-chart__baseline">');
    expect(svg).toContain("Ausgangswert 2023</text>");
  });

  it("thins out the period labels on a narrow chart, keeping the first and the last", () => {
    const periods = Array.from({ length: 40 }, (_, i) => `${2000 + Math.floor(i / 4)}-Q${(i % 4) + 1}`);
    const observed = periods.map((period, i) => ({ period, value: i * 3 }));
    const html = LineChart(props({ periods, observed, targets: [] })).toString();
    const narrow = periodLabels(layout(html, "narrow"));
    const wide = periodLabels(layout(html, "wide"));
    expect(narrow[0]).toBe("2000-Q1");
    expect(narrow[narrow.length - 1]).toBe("2009-Q4");
    expect(narrow.length).toBeLessThanOrEqual(5);
    expect(wide[0]).toBe("2000-Q1");
    expect(wide[wide.length - 1]).toBe("2009-Q4");
    expect(wide.length).toBeGreaterThan(narrow.length);
    expect(wide.length).toBeLessThan(40);
  });

  it("shows the caller's words only: axis names, a legend of the series that occur, formatted periods", () => {
    const html = LineChart(props({ formatPeriod: (p) => p.replace(/(\d+)-Q(\d)/, "Q$2 $1") })).toString();
    expect(html).toContain('<p class="line-chart__axis-name">Anzahl Ladepunkte</p>');
    expect(html).toContain(">Quartal</p>");
    const legend = html.slice(html.indexOf('<ul class="chart-legend">'));
    for (const label of ["Gemessen", "Vorläufig", "Zielwert", "Ausgangswert 2023"]) expect(legend).toContain(label);
    expect(legend).toContain('aria-hidden="true"');
    expect(html).toContain(">Q1 2024</text>");
    const plain = LineChart(
      props({ baseline: undefined, targets: undefined, observed: [{ period: "2024-Q1", value: 1 }] }),
    );
    const plainLegend = plain.toString().slice(plain.toString().indexOf("chart-legend"));
    expect(plainLegend).toContain("Gemessen");
    expect(plainLegend).not.toContain("Zielwert");
    expect(plainLegend).not.toContain("Vorläufig");
  });

  it("writes no NaN or Infinity for no data, one value, equal, negative or huge values", () => {
    const cases: Array<Partial<LineChartProps>> = [
      { periods: [], observed: [], targets: [], baseline: undefined },
      { observed: [], targets: [], baseline: undefined },
      { periods: ["2024"], observed: [{ period: "2024", value: 5 }], targets: [], baseline: undefined },
      { observed: quarters.map((period) => ({ period, value: 7 })), targets: [], baseline: undefined },
      { observed: quarters.map((period, i) => ({ period, value: -50 * i })), baseline: { value: -10, label: "B" } },
      { observed: quarters.map((period, i) => ({ period, value: 1e15 * (i + 1) })) },
      {
        observed: [
          { period: "2024-Q1", value: 1e308 },
          { period: "2024-Q2", value: -1e308 },
        ],
      },
      {
        observed: [{ period: "2024-Q1", value: Number.NaN }],
        baseline: { value: Number.POSITIVE_INFINITY, label: "B" },
      },
    ];
    for (const overrides of cases) {
      const html = LineChart(props({ ...overrides, format: String })).toString();
      expect(html).not.toMatch(/NaN|Infinity/);
      expect(html).toContain('role="img"');
    }
    const empty = LineChart(props({ observed: [], targets: [], baseline: undefined })).toString();
    expect(empty).toContain("Noch keine Werte</text>");
    expect(empty).not.toContain("chart-legend");
    expect(empty).not.toContain("line-chart__line");
  });
});

describe("chart with table", () => {
  it("shows the same numbers as a table with a caption, a row per period and the baseline first", () => {
    const html = ChartWithTable({ ...props({ format: (n) => `${n}` }), noValue: "kein Wert" }).toString();
    expect(html).toContain('role="img"');
    expect(html).toContain("<caption>Öffentliche Ladepunkte</caption>");
    expect(html).toContain('<th scope="col">Quartal</th><th scope="col">Gemessen</th><th scope="col">Zielwert</th>');
    expect(html).toContain('<tr><th scope="row">Ausgangswert 2023</th><td data-label="Gemessen">100</td>');
    expect(html).toContain('<th scope="row">2024-Q3</th><td data-label="Gemessen">kein Wert</td>');
    expect(html).toContain('<td data-label="Gemessen">210 (Vorläufig)</td>');
    expect(html).toContain(
      '<th scope="row">2025-Q2</th><td data-label="Gemessen">kein Wert</td><td data-label="Zielwert">300</td>',
    );
    expect(html.match(/<tr>/g)).toHaveLength(1 + 1 + quarters.length);
  });

  it("leaves out the target column when there are no targets, and takes a caption of its own", () => {
    const html = ChartWithTable({
      ...props({ targets: [], baseline: undefined }),
      caption: "Werte je Quartal",
      hideCaption: true,
      noValue: "–",
    }).toString();
    expect(html).toContain('<caption class="visually-hidden">Werte je Quartal</caption>');
    expect(html).not.toContain('scope="col">Zielwert');
  });
});

describe("the charts' rules", () => {
  it("are part of the composed stylesheet, the wide layout shown by a container query", () => {
    const css = new TextDecoder().decode(designSystemAssets()[0]?.body);
    expect(css).toContain(".line-chart__svg--wide{display:none}");
    expect(css).toMatch(/@container \(min-width:30rem\)\{\.line-chart__svg--narrow\{display:none\}/);
    expect(css).toContain(".heat-map__shade--4");
    expect(css).toMatch(/@media \(forced-colors:active\)\{[^}]*--brand:CanvasText/);
  });
});
