import { Marked, type RendererObject } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Comments are written in a small part of Markdown: paragraphs, emphasis, strong, links, lists,
 * quotes and inline code. Two walls keep a page safe from what people type. First, the Markdown
 * renderer never passes HTML through: raw HTML is shown as text, images become their description,
 * headings plain paragraphs. Second, whatever comes out is cleaned by an allow-list of tags,
 * attributes and link schemes, so a trick that slips past the first wall meets the second.
 */

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

const renderer: RendererObject = {
  // Typed HTML is shown as the characters typed, never interpreted.
  html: ({ text }) => escapeHtml(text),
  // No images: a picture from elsewhere would tell its server who reads the page.
  image: ({ text }) => escapeHtml(text),
  heading({ tokens }) {
    return `<p>${this.parser.parseInline(tokens)}</p>\n`;
  },
  code: ({ text }) => `<p><code>${escapeHtml(text)}</code></p>\n`,
  hr: () => "",
};

const markdown = new Marked({ gfm: true, breaks: true, async: false, renderer });

const allowed: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "em", "strong", "a", "ul", "ol", "li", "blockquote", "code", "del"],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  // Tags outside the list go, their text stays (a table's cells read as text); these go with their content.
  disallowedTagsMode: "discard",
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "title", "iframe", "object", "svg", "math"],
  transformTags: {
    // Links written by residents: search engines should not count them, the new page should not reach back.
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "nofollow ugc noopener" } }),
  },
};
allowed.allowedAttributes = { a: ["href", "rel"] };

/** The comment's text as safe HTML for the page. */
export function renderCommentMarkdown(source: string): string {
  const html = markdown.parse(source) as string;
  return sanitizeHtml(html, allowed).trim();
}

/** The comment's text without any markup, for titles and notifications. */
export function plainExcerpt(source: string, length = 80): string {
  const text = sanitizeHtml(markdown.parse(source) as string, { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}
