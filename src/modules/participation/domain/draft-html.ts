import { Marked, type RendererObject } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * A draft paragraph as safe HTML. The office writes the draft, but a file may come from anywhere
 * (a copied document, an export), so the same two walls as for residents' comments apply: raw HTML
 * is shown as text and whatever comes out is cleaned by an allow-list. Drafts may hold tables and
 * code blocks, which comments do not.
 */

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const renderer: RendererObject = {
  html: ({ text }) => escapeHtml(text),
  // No pictures from elsewhere: they would tell another server who reads the draft.
  image: ({ text }) => escapeHtml(text),
  hr: () => "",
};

const markdown = new Marked({ gfm: true, async: false, renderer });

const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    ...["p", "br", "em", "strong", "a", "ul", "ol", "li", "blockquote", "code", "pre", "del"],
    ...["table", "thead", "tbody", "tr", "th", "td"],
  ],
  allowedAttributes: { a: ["href"], th: ["scope"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "title", "iframe", "object", "svg", "math"],
  // Column headings name their column for screen readers.
  transformTags: { th: (tagName, attribs) => ({ tagName, attribs: { ...attribs, scope: "col" } }) },
};

/** One paragraph of a draft (a block: paragraph, list, quote, table, code) as safe HTML. */
export function draftParagraphHtml(source: string): string {
  return sanitizeHtml(markdown.parse(source) as string, allowed).trim();
}
