import { describe, expect, it } from "vitest";
import { registerModules } from "../../app/modules";
import { loadCityFile } from "../../platform/city/city-file";
import { translator } from "../../platform/i18n/i18n";
import type { PageContext } from "../page-context";
import { Pagination, pageWindow } from "./pagination";

registerModules();

function page(url: string): PageContext {
  return {
    t: translator("de"),
    locale: "de",
    user: null,
    isAdmin: false,
    csrfToken: "x",
    url: new URL(url, "http://localhost"),
    requestId: "r",
    city: loadCityFile(),
  };
}

function render(url: string, current: number, total: number, pageSize = 10): string {
  const node = Pagination({ page: page(url), current, total, pageSize });
  return node === null ? "" : node.toString();
}

describe("pagination", () => {
  it("shows nothing when everything fits on one page", () => {
    expect(render("/admin/users", 1, 10)).toBe("");
  });

  it("is a labelled navigation that marks the current page and keeps the other query parameters", () => {
    const html = render("/admin/audit?actor=a%40b.de&objectType=user&page=3&lang=en", 3, 95);
    expect(html).toContain('<nav class="pagination" aria-label="Seiten">');
    expect(html).toMatch(/<a href="[^"]*page=3[^"]*" aria-current="page" aria-label="Seite 3">3<\/a>/);
    expect(html).toContain(
      'href="/admin/audit?actor=a%40b.de&amp;objectType=user&amp;page=2" rel="prev">Vorherige Seite',
    );
    expect(html).toContain(
      'href="/admin/audit?actor=a%40b.de&amp;objectType=user&amp;page=4" rel="next">Nächste Seite',
    );
    expect(html).not.toContain("lang=en");
  });

  it("links page 1 without a page parameter and leaves out previous/next at the ends", () => {
    const first = render("/admin/users?q=anna", 1, 30);
    expect(first).not.toContain("Vorherige Seite");
    expect(first).toContain('href="/admin/users?q=anna&amp;page=2" rel="next"');
    const second = render("/admin/users?q=anna&page=2", 2, 30);
    expect(second).toContain('href="/admin/users?q=anna" rel="prev"');
    const last = render("/admin/users?q=anna&page=3", 3, 30);
    expect(last).not.toContain("Nächste Seite");
  });

  it("shows the first, the last and the pages around the current one, with gaps", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(6, 20)).toEqual([1, null, 4, 5, 6, 7, 8, null, 20]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });
});
