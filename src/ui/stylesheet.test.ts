import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { designSystemAssets, kernSubset, minifyCss, splitRules, themeCss } from "./stylesheet";

describe("the composed stylesheet", () => {
  const [css, ...fonts] = designSystemAssets();
  const text = new TextDecoder().decode(css?.body);

  it("is named after its content and holds KERN's tokens, its components and the site's rules", () => {
    expect(css?.name).toMatch(/^site\.[0-9a-f]{12}\.css$/);
    expect(css?.immutable).toBe(true);
    expect(text).toContain("--kern-color-action-default:");
    expect(text).toContain(".kern-btn--primary");
    expect(text).toContain(".kern-alert");
    expect(text).toContain(".stack-table");
    expect(text).toContain(".site-menu");
    expect(text).not.toContain("/*");
  });

  it("keeps the class names the views used before KERN as aliases of KERN's", () => {
    expect(text).toMatch(/\.kern-btn--primary[^{]*,\.button-primary\{/);
    expect(text).toMatch(/\.kern-badge,[^{]*\.badge\{/);
  });

  it("leaves out what no page uses: the dark theme, spacing utilities, most icons", () => {
    expect(text).not.toContain("prefers-color-scheme: dark");
    expect(text).not.toContain(".kern-px-");
    expect(text).not.toContain(".kern-icon--calendar");
    expect(text).not.toContain(".kern-dialog");
  });

  it("stays within the budget for a first visit on a slow connection", () => {
    const raw = css?.body.length ?? 0;
    expect(raw).toBeLessThan(110_000);
    expect(gzipSync(css?.body ?? new Uint8Array()).length).toBeLessThan(18_000);
    expect(fonts.map((f) => f.name)).toEqual(["fira-sans-400.woff2", "fira-sans-600.woff2"]);
    for (const font of fonts) expect(font.body.length).toBeGreaterThan(10_000);
    expect(text).toContain('url("/assets/fira-sans-400.woff2")');
  });

  it("adds the city's colours as custom properties, and only well-formed ones", () => {
    expect(themeCss({ primary: "#005a9c", primaryDark: "#003d6b" })).toBe(
      ":root{--kern-color-action-default:#005a9c;--brand-dark:#003d6b}",
    );
    expect(themeCss({ primary: "red;}body{display:none" })).toBe("");
    expect(themeCss(undefined)).toBe("");
    const themed = new TextDecoder().decode(designSystemAssets({ primary: "#005a9c" })[0]?.body);
    expect(themed).toContain("--kern-color-action-default:#005a9c");
    expect(designSystemAssets({ primary: "#005a9c" })[0]?.name).not.toBe(css?.name);
  });

  it("serves the city's logo under its content hash", () => {
    const body = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const logo = designSystemAssets({ logo: { body, type: "image/svg+xml" } }).find((a) => a.name.startsWith("logo."));
    expect(logo?.name).toMatch(/^logo\.[0-9a-f]{12}\.svg$/);
    expect(logo?.type).toBe("image/svg+xml");
    expect(designSystemAssets().some((a) => a.name.startsWith("logo."))).toBe(false);
  });
});

describe("the CSS helpers", () => {
  it("split a stylesheet into rules and at-rules, strings and comments intact", () => {
    expect(splitRules('/* a { */ a{b:c} @media x{d{e:"}"}} @import "f";')).toEqual([
      "a{b:c}",
      '@media x{d{e:"}"}}',
      '@import "f";',
    ]);
  });

  it("minify without touching strings (a space before a colon stays: `a :hover` differs from `a:hover`)", () => {
    expect(minifyCss('a ,  b {\n  color: red ;\n  content: "  x  " ;\n}\n/* gone */')).toBe(
      'a,b{color:red;content:"  x  "}',
    );
  });

  it("keep a KERN rule only when every KERN class in it is wanted", () => {
    const kept = kernSubset(".kern-btn{a:b}.kern-dialog{c:d}.kern-btn .kern-dialog{e:f}html{g:h}");
    expect(kept).toContain(".kern-btn,.button{a:b}");
    expect(kept).toContain("html{g:h}");
    expect(kept).not.toContain("kern-dialog");
  });
});
