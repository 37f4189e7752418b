import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isLetterCode, newLetterCode, normaliseLetterCode } from "./letter-codes";

describe("letter codes", () => {
  it("are grouped in fours and read back as what was printed", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 10, maxLength: 10 }), fc.constantFrom(12, 16), (bytes, length) => {
        const code = newLetterCode((n) => Buffer.from(bytes.slice(0, n)), length);
        expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/);
        const canonical = normaliseLetterCode(code.toLowerCase());
        expect(isLetterCode(canonical, length)).toBe(true);
        expect(canonical).toBe(code.replaceAll("-", ""));
      }),
    );
  });

  it("read O as zero and I or L as one, and refuse other letters or lengths", () => {
    expect(normaliseLetterCode("o1il-ab cd")).toBe("0111ABCD");
    expect(isLetterCode("0111ABCD", 8)).toBe(true);
    expect(isLetterCode("0111ABCU", 8)).toBe(false);
    expect(isLetterCode("0111ABC", 8)).toBe(false);
  });

  it("use every random bit: different bytes give different codes", () => {
    const a = newLetterCode(() => Buffer.alloc(10, 0), 16);
    const b = newLetterCode(() => Buffer.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]), 16);
    expect(a).toBe("0000-0000-0000-0000");
    expect(b).toBe("0000-0000-0000-0001");
  });
});
