import { describe, expect, it } from "vitest";
import { chartStatuses, StatusBadge, StatusIcon } from "./status-badge";

describe("status badge", () => {
  it("shows the caller's label beside a shape, in KERN's badge of the status's tone", () => {
    expect(StatusBadge({ status: "on-track", label: "Im Plan" }).toString()).toMatch(
      /^<span class="badge kern-badge--success status-badge status-badge--on-track"><svg class="status-icon status-icon--on-track" viewBox="0 0 20 20" aria-hidden="true" focusable="false"[^>]*>.*<\/svg>Im Plan<\/span>$/,
    );
    expect(StatusBadge({ status: "at-risk", label: "Gefährdet" }).toString()).toContain("kern-badge--warning");
    expect(StatusBadge({ status: "off-track", label: "Nicht im Plan" }).toString()).toContain("kern-badge--danger");
    expect(StatusBadge({ status: "no-data", label: "Keine Daten" }).toString()).toContain(
      '<span class="badge status-badge status-badge--no-data">',
    );
  });

  it("gives every status a shape of its own, so colour is never the only difference", () => {
    const shapes = chartStatuses.map((status) => {
      const svg = StatusIcon({ status }).toString();
      expect(svg).toContain('aria-hidden="true"');
      return svg.match(/class="status-icon__outline" d="([^"]+)"/)?.[1];
    });
    expect(new Set(shapes).size).toBe(chartStatuses.length);
  });
});
