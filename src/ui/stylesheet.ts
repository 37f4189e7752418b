import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The one stylesheet every page loads: the parts of the KERN design system the pages use (its
 * tokens for the light theme, base rules, typography and a few components), then the site's own
 * rules (assets/site.css), then the city's theme, minified. It is composed once per process from
 * the installed `@kern-ux/native` package (EUPL-1.2), never copied into the repository, and served
 * under a name holding its content hash, so browsers may keep it for a year. See ADR 0012.
 */

const kernRoot = dirname(createRequire(import.meta.url).resolve("@kern-ux/native/package.json"));
const siteCss = fileURLToPath(new URL("./assets/site.css", import.meta.url));

// ---- Charts: the design system's chart components keep their rules beside them
// (components/charts.css); they come right after the site's rules. ----
const chartsCss = fileURLToPath(new URL("./components/charts.css", import.meta.url));

/** KERN component and base classes the pages use; a rule is kept when one of its selectors names one. */
const keptClasses = [
  "kern-btn",
  "kern-label",
  "kern-alert",
  "kern-badge",
  "kern-card",
  "kern-table",
  "kern-description-list",
  "kern-description-list-item",
  "kern-link",
  "kern-body",
  "kern-title",
  "kern-heading-small",
  "kern-heading-medium",
  "kern-heading-large",
  "kern-sr-only",
  "kern-icon",
  "kern-error",
  "kern-hint",
];

/** Icons kept (each is an SVG mask; the full set is 50 KB). */
const keptIcons = new Set([
  "info",
  "success",
  "warning",
  "danger",
  "close",
  "arrow-forward",
  "arrow-back",
  "checkmark",
]);

/**
 * Class names the module views used before KERN, kept working as aliases of KERN's: every kept rule
 * that names the KERN class also applies to the old one.
 */
const aliases: Array<[RegExp, string]> = [
  [/\.kern-btn--primary(?![\w-])/g, ".button-primary"],
  [/\.kern-btn--secondary(?![\w-])/g, ".button-secondary"],
  [/\.kern-btn(?![\w-])/g, ".button"],
  [/\.kern-badge(?![\w-])/g, ".badge"],
];

/** Top-level pieces of a stylesheet: rules, at-rules with a block, and statements. */
export function splitRules(css: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < css.length; i++) {
    const ch = css[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "/" && css[i + 1] === "*") {
      const end = css.indexOf("*/", i + 2);
      const stop = end < 0 ? css.length : end + 2;
      if (depth === 0) start = stop;
      i = stop - 1;
    } else if (ch === "{") depth++;
    else if (ch === "}") {
      depth--;
      if (depth === 0) {
        out.push(css.slice(start, i + 1).trim());
        start = i + 1;
      }
    } else if (ch === ";" && depth === 0) {
      out.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return out.filter((r) => r.length > 0);
}

function selectorOf(rule: string): string {
  return rule.slice(0, rule.indexOf("{")).trim();
}

function bodyOf(rule: string): string {
  return rule.slice(rule.indexOf("{") + 1, rule.lastIndexOf("}"));
}

const baseSelectors = new Set(["*,\n*:before,\n*:after", "html", "body", "*:not(i)"]);

function keepsRule(selector: string): boolean {
  if (baseSelectors.has(selector)) return true;
  // The contextual tokens components read (text, action and border colours of the page's layer).
  if (selector.startsWith(":is(body, .kern-light")) return true;
  const classes = selector.match(/\.kern-[\w-]+/g) ?? [];
  if (classes.length === 0) return false;
  return classes.every((c) => {
    const name = c.slice(1);
    if (name.startsWith("kern-icon--")) return keptIcons.has(name.slice("kern-icon--".length));
    const base = name.replace(/(__|--).*$/, "");
    return keptClasses.includes(base);
  });
}

function withAliases(selector: string): string {
  const parts = selector.split(",").map((s) => s.trim());
  const extra: string[] = [];
  for (const part of parts) {
    let aliased = part;
    for (const [pattern, alias] of aliases) aliased = aliased.replace(pattern, alias);
    if (aliased !== part) extra.push(aliased);
  }
  return [...parts, ...extra].join(",");
}

/** The rules of KERN's stylesheet the pages need, with the old class names as aliases. */
export function kernSubset(css: string): string {
  const kept: string[] = [];
  for (const rule of splitRules(css)) {
    const selector = selectorOf(rule);
    if (rule.startsWith("@charset")) continue;
    if (selector === ":root") {
      // Tokens: primitives (colours, sizes, fonts) and semantic tokens.
      kept.push(rule);
    } else if (selector.startsWith("@media (prefers-color-scheme: light)")) {
      // The light theme's semantic tokens, always (the site has no dark theme yet).
      kept.push(...splitRules(bodyOf(rule)).filter((r) => selectorOf(r) === ":root"));
    } else if (selector.startsWith("@media") && !selector.includes("prefers-color-scheme")) {
      const inner = splitRules(bodyOf(rule))
        .filter((r) => keepsRule(selectorOf(r)))
        .map((r) => `${withAliases(selectorOf(r))}{${bodyOf(r)}}`);
      if (inner.length) kept.push(`${selector}{${inner.join("")}}`);
    } else if (!selector.startsWith("@") && keepsRule(selector)) {
      kept.push(`${withAliases(selector)}{${bodyOf(rule)}}`);
    }
  }
  return kept.join("\n");
}

/** Removes comments and needless white space; keeps strings intact. */
export function minifyCss(css: string): string {
  let out = "";
  let quote: string | null = null;
  for (let i = 0; i < css.length; i++) {
    const ch = css[i] as string;
    if (quote) {
      out += ch;
      if (ch === "\\") out += css[++i] ?? "";
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      out += ch;
    } else if (ch === "/" && css[i + 1] === "*") {
      const end = css.indexOf("*/", i + 2);
      i = end < 0 ? css.length : end + 1;
    } else if (/\s/.test(ch)) {
      while (i + 1 < css.length && /\s/.test(css[i + 1] as string)) i++;
      const prev = out[out.length - 1] ?? "";
      const next = css[i + 1] ?? "";
      if (!/[{};:,>]/.test(prev) && !/[{};,>]/.test(next) && out.length > 0) out += " ";
    } else if (ch === "}" && out.endsWith(";")) {
      out = `${out.slice(0, -1)}}`;
    } else out += ch;
  }
  return out;
}

/** The city's colours and logo, from the operator file. Every field is optional. */
export interface Theme {
  /** Main colour of links, buttons and the header, e.g. "#174a8b". */
  primary?: string;
  /** A darker shade for the header and hover states. */
  primaryDark?: string;
  /** The city's logo (SVG or PNG), shown beside the platform's name. */
  logo?: { body: Uint8Array; type: "image/svg+xml" | "image/png" };
}

const colour = /^#[0-9a-fA-F]{6}$/;

/** The theme as CSS custom properties (only well-formed colours are used). */
export function themeCss(theme: Theme | undefined): string {
  const lines: string[] = [];
  if (theme?.primary && colour.test(theme.primary)) {
    lines.push(`--kern-color-action-default:${theme.primary}`);
  }
  if (theme?.primaryDark && colour.test(theme.primaryDark)) lines.push(`--brand-dark:${theme.primaryDark}`);
  return lines.length ? `:root{${lines.join(";")}}` : "";
}

export interface Asset {
  name: string;
  body: Uint8Array;
  type: string;
  /** Named after its content: may be cached for a year. */
  immutable: boolean;
}

/** The fonts the stylesheet names: Fira Sans in the two weights KERN's text uses (400, 600). */
const fonts = [
  { name: "fira-sans-400.woff2", file: "FiraSans-Regular.woff2" },
  { name: "fira-sans-600.woff2", file: "FiraSans-SemiBold.woff2" },
];

let composed: { css: Asset; fonts: Asset[] } | undefined;
let composedFor: string | undefined;

/** The stylesheet and its fonts, composed once per process (and again only for another theme). */
export function designSystemAssets(theme?: Theme): Asset[] {
  const key = JSON.stringify({
    ...theme,
    logo: theme?.logo ? createHash("sha256").update(theme.logo.body).digest("hex") : null,
  });
  if (!composed || composedFor !== key) {
    const kern = readFileSync(join(kernRoot, "dist", "kern.css"), "utf8");
    const site = `${readFileSync(siteCss, "utf8")}\n${readFileSync(chartsCss, "utf8")}`;
    const css = minifyCss(`${kernSubset(kern)}\n${site}\n${themeCss(theme)}`);
    const body = new TextEncoder().encode(css);
    const hash = createHash("sha256").update(body).digest("hex").slice(0, 12);
    composed = {
      css: { name: `site.${hash}.css`, body, type: "text/css; charset=utf-8", immutable: true },
      fonts: fonts.map((f) => ({
        name: f.name,
        body: readFileSync(join(kernRoot, "dist", "fonts", "fira-sans", f.file)),
        type: "font/woff2",
        immutable: true,
      })),
    };
    if (theme?.logo) {
      const extension = theme.logo.type === "image/png" ? "png" : "svg";
      const logoHash = createHash("sha256").update(theme.logo.body).digest("hex").slice(0, 12);
      composed.fonts.push({
        name: `logo.${logoHash}.${extension}`,
        body: theme.logo.body,
        type: theme.logo.type,
        immutable: true,
      });
    }
    composedFor = key;
  }
  return [composed.css, ...composed.fonts];
}

/** The address of the stylesheet for the page head. */
export function stylesheetHref(): string {
  return `/assets/${designSystemAssets(currentTheme)[0]?.name}`;
}

/** The address of the city's logo, when the theme has one. */
export function logoHref(): string | undefined {
  const logo = designSystemAssets(currentTheme).find((asset) => asset.name.startsWith("logo."));
  return logo ? `/assets/${logo.name}` : undefined;
}

let currentTheme: Theme | undefined;

/** Sets the city's theme (at start, from the operator file). */
export function useTheme(theme: Theme | undefined): void {
  currentTheme = theme;
}

/** The theme in use. */
export function activeTheme(): Theme | undefined {
  return currentTheme;
}
