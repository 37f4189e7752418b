import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

/** Well-known ways to smuggle script into HTML, in Markdown and in raw HTML. */
const payloads = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
  "<scr<script>ipt>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  "<body onload=alert(1)>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="https://evil.example/x.swf">',
  "<details open ontoggle=alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="&#x6A;avascript:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  "[x](javascript:alert(1))",
  "[x](JAVASCRIPT:alert(1))",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[x](//evil.example)",
  "![x](https://evil.example/track.png)",
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<div onclick="alert(1)">x</div>',
  '<a href="https://example.org" onmouseover="alert(1)">x</a>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<input autofocus onfocus="alert(1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  "<style>body{background:url(javascript:alert(1))}</style>",
  '<base href="https://evil.example/">',
  "<template><script>alert(1)</script></template>",
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
];

function tagsOf(html: string): string[] {
  return html.match(/<[a-zA-Z][^>]*>/g) ?? [];
}

describe("markdown descriptions", () => {
  it("render headings (below the page's own), emphasis, lists and links", () => {
    expect(renderMarkdown("# Ziel\n\n**Wasser** im *Kiez*\n\n- eins\n- zwei\n\n[Mehr](https://example.org)")).toBe(
      '<h3>Ziel</h3>\n<p><strong>Wasser</strong> im <em>Kiez</em></p>\n<ul>\n<li>eins</li>\n<li>zwei</li>\n</ul>\n<p><a href="https://example.org" rel="nofollow noopener noreferrer">Mehr</a></p>\n',
    );
  });

  for (const payload of payloads) {
    it(`neutralise ${JSON.stringify(payload)}`, () => {
      const tags = tagsOf(renderMarkdown(`Text davor\n\n${payload}\n\nText danach`));
      for (const tag of tags) {
        expect(tag).toMatch(/^<(p|a|strong|em|ul|ol|li|h[3-6]|code|pre|blockquote|br|hr)(\s|>|\/)/);
        expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
        expect(tag).not.toMatch(/(javascript|vbscript|data):/i);
        expect(tag).not.toMatch(/\s(style|src|action|formaction|xlink:href)=/i);
        const href = /href="([^"]*)"/.exec(tag)?.[1];
        if (href) expect(href).toMatch(/^(https?:|mailto:)/);
      }
    });
  }
});
