import { describe, expect, it } from "vitest";
import { plainExcerpt, renderCommentMarkdown } from "./markdown";

const render = renderCommentMarkdown;

describe("the comment's Markdown", () => {
  it("keeps paragraphs, emphasis, strong, lists, quotes and inline code", () => {
    const html = render("Erster *Absatz* mit **Nachdruck**.\n\n- eins\n- zwei\n\n1. a\n2. b\n\n> zitiert\n\n`code`");
    expect(html).toContain("<p>Erster <em>Absatz</em> mit <strong>Nachdruck</strong>.</p>");
    expect(html).toContain("<ul>\n<li>eins</li>\n<li>zwei</li>\n</ul>");
    expect(html).toContain("<ol>");
    expect(html).toContain("<blockquote>\n<p>zitiert</p>\n</blockquote>");
    expect(html).toContain("<code>code</code>");
  });

  it("gives links rel nofollow ugc noopener and keeps only http, https and mailto", () => {
    expect(render("[Seite](https://example.org/a?b=1)")).toBe(
      '<p><a href="https://example.org/a?b=1" rel="nofollow ugc noopener">Seite</a></p>',
    );
    expect(render("<mailto:amt@example.org>")).toContain('href="mailto:amt@example.org"');
    expect(render("[ftp](ftp://example.org/x)")).not.toContain("ftp://");
  });

  it("turns headings into paragraphs and images into their description", () => {
    expect(render("# Groß")).toBe("<p>Groß</p>");
    expect(render("![Ein Baum](https://tracker.example/pixel.png)")).toBe("<p>Ein Baum</p>");
  });

  const payloads: Array<[string, string]> = [
    ["a script tag", "<script>alert(1)</script>"],
    ["a script tag inside a paragraph", "Hallo <script>alert(1)</script> Welt"],
    ["an event handler", '<img src=x onerror="alert(1)">'],
    ["an event handler on a link", '<a href="https://example.org" onclick="alert(1)">x</a>'],
    ["a javascript: link", "[klick](javascript:alert(1))"],
    ["a javascript: link with entities", "[klick](jav&#x61;script:alert(1))"],
    ["a javascript: link with a tab", "[klick](java\tscript:alert(1))"],
    ["a javascript: link in upper case", "[klick](JAVASCRIPT:alert(1))"],
    ["an autolinked javascript: address", "<javascript:alert(1)>"],
    ["a data: link", "[klick](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["a data: image", "![x](data:image/svg+xml,<svg onload=alert(1)>)"],
    ["an svg", '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a></svg>'],
    ["an svg with onload", "<svg onload=alert(1)>"],
    ["an iframe", '<iframe src="https://evil.example"></iframe>'],
    ["a style tag", "<style>body{display:none}</style>"],
    ["an entity-encoded tag", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["a double-encoded tag", "&amp;lt;script&amp;gt;alert(1)"],
    ["a reference link to javascript:", "[a][1]\n\n[1]: javascript:alert(1)"],
    ["a link title breaking out", '[a](https://example.org "x" onmouseover="alert(1)")'],
    ["a vbscript: link", "[a](vbscript:msgbox(1))"],
    ["a form", '<form action="https://evil.example"><input name="x"></form>'],
    ["a meta refresh", '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
    ["an object", '<object data="https://evil.example/x.swf"></object>'],
    ["a comment hiding a tag", "<!--<script>-->alert(1)"],
    ["a broken tag", "<scr<script>ipt>alert(1)</script>"],
  ];

  /** Every tag of the output: only allowed names, only href and rel, only safe link targets. */
  const tagsOf = (html: string) => [...html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)];

  it.each(payloads)("renders %s harmless", (_name, payload) => {
    const html = render(payload);
    for (const [, name = "", attributes = ""] of tagsOf(html)) {
      expect(["p", "br", "em", "strong", "a", "ul", "ol", "li", "blockquote", "code", "del"]).toContain(name);
      const names = [...attributes.matchAll(/\s([^\s=]+)=/g)].map((m) => m[1]);
      for (const attribute of names) expect(["href", "rel"]).toContain(attribute);
      const href = attributes.match(/\shref="([^"]*)"/)?.[1];
      if (href !== undefined) expect(href).toMatch(/^(https?:\/\/|mailto:)/);
    }
    // Angle brackets that are left are text: every "<" starts one of the allowed tags above.
    expect(html.replace(/<\/?(p|br|em|strong|a|ul|ol|li|blockquote|code|del)\b[^>]*>/g, "")).not.toContain("<");
  });

  it("shows typed HTML as text instead of dropping it silently", () => {
    expect(render("Ich mag <b>fett</b>")).toBe("<p>Ich mag &lt;b&gt;fett&lt;/b&gt;</p>");
  });

  it("makes a plain excerpt for titles and notifications", () => {
    expect(plainExcerpt("**Hallo** [Welt](https://example.org) <b>x</b>")).toBe("Hallo Welt <b>x</b>");
    expect(plainExcerpt("a ".repeat(100), 10)).toBe("a a a a a…");
  });
});
