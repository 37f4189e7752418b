import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generate } from "./common-passwords/generate";
import { containsPersonalData, isCommonPassword, passwordProblem } from "./password-policy";

describe("new passwords", () => {
  it("need at least 12 characters, counted as characters rather than bytes", () => {
    expect(passwordProblem("kurz-aber-ok", {})).toBeNull();
    expect(passwordProblem("zu-kurz-123", {})).toBe("auth.password.tooShort");
    expect(passwordProblem("äöüäöüäöüäö", {})).toBe("auth.password.tooShort");
    expect(
      passwordProblem(
        "x".repeat(201).replace(/x/g, (_, i) => String.fromCharCode(97 + (i % 26))),
        {},
      ),
    ).toBe("auth.password.tooLong");
  });

  it("must not be on the list of common passwords, whatever the case", () => {
    for (const password of [
      "passwort1234",
      "Passwort1234",
      "Sonnenschein2024",
      "hallo1234567",
      "qwertzuiopasdf",
      "schalke04schalke04",
    ]) {
      expect(passwordProblem(password, {}), password).toBe("auth.password.common");
    }
  });

  it("sees through the usual character substitutions", () => {
    expect(isCommonPassword("P@ssw0rd1234")).toBe(true);
    expect(isCommonPassword("$0nn3n$ch3in2024")).toBe(true);
    expect(isCommonPassword("B3rl1n12345678")).toBe(true);
  });

  it("refuses a repeated block or a run of consecutive characters", () => {
    expect(isCommonPassword("abcabcabcabc")).toBe(true);
    expect(isCommonPassword("zzzzzzzzzzzzzz")).toBe(true);
    expect(isCommonPassword("abcdefghijklmn")).toBe(true);
    expect(isCommonPassword("nmlkjihgfedcba")).toBe(true);
  });

  it("accepts a passphrase nobody has on a list", () => {
    expect(passwordProblem("Kiez-Laterne-Spreeufer-Regen", {})).toBeNull();
    expect(passwordProblem("hausboot tulpe 7 wolkenkratzer", {})).toBeNull();
  });

  it("must not contain the e-mail address, its local part or the display name", () => {
    const personal = { email: "mara.schulz@example.org", displayName: "Mara Schulz" };
    expect(passwordProblem("mara.schulz@example.org!", personal)).toBe("auth.password.personal");
    expect(passwordProblem("ich-bin-mara.schulz-ok", personal)).toBe("auth.password.personal");
    expect(passwordProblem("MaraSchulz-im-Wedding", personal)).toBe("auth.password.personal");
    expect(passwordProblem("Schulz-wohnt-im-Wedding", personal)).toBe("auth.password.personal");
    expect(passwordProblem("Tulpen-am-Landwehrkanal", personal)).toBeNull();
    // Very short names would forbid half the dictionary; they are not checked.
    expect(containsPersonalData("Kanal-und-Ufer-xy", { displayName: "xy" })).toBe(false);
  });
});

describe("the shipped list of common passwords", () => {
  const file = readFileSync(new URL("./common-passwords/common-passwords.txt", import.meta.url), "utf8");
  const lines = file.trimEnd().split("\n");

  it("holds only lower-case entries of at least 12 characters, sorted and without duplicates", () => {
    expect(lines.length).toBeGreaterThan(10_000);
    expect(lines.every((line) => [...line].length >= 12 && line === line.toLowerCase())).toBe(true);
    expect(new Set(lines).size).toBe(lines.length);
    expect([...lines].sort()).toEqual(lines);
  });

  it("is exactly what the generator in the repository produces", () => {
    expect(lines).toEqual(generate());
  });
});
