import { renderMarkdown } from "../src/modules/strategy/views/markdown";
const payloads = [
  "# Titel\n\nText mit **fett** und [Link](https://example.org)",
  "<script>alert(1)</script>",
  "[klick](javascript:alert(1))",
  "[klick](JaVaScRiPt:alert(1))",
  "[klick](java\tscript:alert(1))",
  "<img src=x onerror=alert(1)>",
  "<a href=\"javascript:alert(1)\">x</a>",
  "<svg onload=alert(1)>",
  "<iframe src=\"https://evil.example\"></iframe>",
  "<p style=\"background:url(javascript:alert(1))\">x</p>",
  "![img](https://evil.example/x.png)",
  "<a href=\"&#106;avascript:alert(1)\">x</a>",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "<div onclick=\"alert(1)\">x</div>",
  "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
  "<details open ontoggle=alert(1)>",
  "<form action=javascript:alert(1)><input type=submit>",
  "[x](//evil.example)",
  "<scr<script>ipt>alert(1)</script>",
];
for (const p of payloads) console.log(JSON.stringify(p), "=>", JSON.stringify(renderMarkdown(p)));
