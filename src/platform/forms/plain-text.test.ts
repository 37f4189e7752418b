import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { controlCharacterIssues, hasControlCharacters, plainText } from "./plain-text";

const controls = [..."\u0000\u0001\u0007\u0008\u000b\u000c\u000e\u001b\u001f\u007f\u0085\u009f"];
const withoutControls = fc
  .string({ unit: "grapheme" })
  .map((s) => [...s].filter((ch) => !hasControlCharacters(ch)).join(""));

describe("the rule for plain text", () => {
  it("accepts tab, line feed and carriage return, and ordinary text in any script", () => {
    expect(hasControlCharacters("Zeile 1\r\nZeile 2\tEnde – Straße 😀 عربى")).toBe(false);
    fc.assert(fc.property(withoutControls, (text) => !hasControlCharacters(text)));
  });

  it("refuses every other control character wherever it stands", () => {
    fc.assert(
      fc.property(withoutControls, withoutControls, fc.constantFrom(...controls), (before, after, control) =>
        hasControlCharacters(before + control + after),
      ),
    );
  });

  it("names the field of each offending string in a nested input, keys included", () => {
    const issues = controlCharacterIssues({
      title: "ok",
      name: "a\u0000b",
      rows: [{ text: "fine" }, { text: "x\u001b[31m" }],
      "bad\u0000key": "value",
      count: 3,
      file: new Uint8Array([0, 1, 2]),
    });
    expect(issues).toEqual([
      { path: "name", message: "errors.controlCharacters" },
      { path: "rows.1.text", message: "errors.controlCharacters" },
      { path: "bad\u0000key", message: "errors.controlCharacters" },
    ]);
  });

  it("is a Zod field with the friendly message", () => {
    const schema = z.object({ name: plainText() });
    const refused = schema.safeParse({ name: "a\u0000" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe("errors.controlCharacters");
    expect(schema.safeParse({ name: "a\tb\nc" }).success).toBe(true);
  });
});
