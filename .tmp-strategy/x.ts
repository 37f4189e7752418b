import { renderMarkdown } from "../src/modules/strategy/views/markdown";
const payloads = [
      "<script>alert('xss')</script>",
      "<img src=x onerror=alert(1)>",
      "[klick](javascript:alert(1))",
      '<a href="JaVaScRiPt:alert(1)">link</a>',
      "<svg onload=alert(1)>",
      '<iframe src="https://evil.example"></iframe>',
      '<div style="background:url(javascript:alert(1))" onclick="alert(1)">styled</div>',
      "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
      '<a href="&#106;avascript:alert(1)">entity</a>',
      "<details open ontoggle=alert(1)>",
    ];
console.log(renderMarkdown(`## Worum es geht\n\n**Genossenschaften** im [Kiez](https://example.org).\n\n${payloads.join("\n\n")}`));
