import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asTotpCode, checkTotp, groupSecret, otpauthUri, secretToBase32, totpCodeAt, totpStep } from "./two-factor";

const secret = secretToBase32(new Uint8Array(20).map((_, i) => i * 13 + 7));
const at = (iso: string) => new Date(iso);

describe("codes from an authenticator app", () => {
  it("matches the RFC 6238 test vector (SHA-1, 59 s → 94287082 in 8 digits, 287082 in 6)", () => {
    const rfcSecret = secretToBase32(new TextEncoder().encode("12345678901234567890"));
    expect(totpCodeAt(rfcSecret, new Date(59_000))).toBe("287082");
    expect(totpCodeAt(rfcSecret, new Date(1_111_111_109_000))).toBe("081804");
  });

  it("accepts the current code, and the codes of the step before and after, once each", () => {
    const now = at("2026-05-04T10:00:15Z");
    const step = totpStep(now);
    expect(checkTotp(secret, totpCodeAt(secret, now), now, null)).toEqual({ ok: true, step });
    expect(checkTotp(secret, totpCodeAt(secret, new Date(now.getTime() - 30_000)), now, null)).toEqual({
      ok: true,
      step: step - 1,
    });
    expect(checkTotp(secret, totpCodeAt(secret, new Date(now.getTime() + 30_000)), now, null)).toEqual({
      ok: true,
      step: step + 1,
    });
  });

  it("refuses codes two steps away", () => {
    const now = at("2026-05-04T10:00:15Z");
    for (const offset of [-60_000, 60_000, -90_000]) {
      expect(checkTotp(secret, totpCodeAt(secret, new Date(now.getTime() + offset)), now, null)).toEqual({
        ok: false,
        reason: "wrong",
      });
    }
  });

  it("refuses a code used already, and any code of an earlier step", () => {
    const now = at("2026-05-04T10:00:15Z");
    const code = totpCodeAt(secret, now);
    const first = checkTotp(secret, code, now, null);
    if (!first.ok) throw new Error("the first use must pass");
    const tenSecondsLater = new Date(now.getTime() + 10_000);
    expect(checkTotp(secret, code, tenSecondsLater, first.step)).toEqual({ ok: false, reason: "replayed" });
    const previous = totpCodeAt(secret, new Date(now.getTime() - 30_000));
    expect(checkTotp(secret, previous, now, first.step)).toEqual({ ok: false, reason: "replayed" });
    // The next step's code is fine.
    const next = new Date(now.getTime() + 30_000);
    expect(checkTotp(secret, totpCodeAt(secret, next), next, first.step)).toMatchObject({ ok: true });
  });

  it("for any key and moment: the code of that moment passes once and never twice", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 20, maxLength: 20 }),
        fc.integer({ min: 0, max: 4_000_000_000_000 }),
        (bytes, ms) => {
          const key = secretToBase32(bytes);
          const now = new Date(ms);
          const first = checkTotp(key, totpCodeAt(key, now), now, null);
          expect(first).toEqual({ ok: true, step: totpStep(now) });
          expect(checkTotp(key, totpCodeAt(key, now), now, totpStep(now)).ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("takes six digits with spaces, and nothing else, as a code from the app", () => {
    expect(asTotpCode(" 123 456 ")).toBe("123456");
    expect(asTotpCode("12345")).toBeNull();
    expect(asTotpCode("1234567")).toBeNull();
    expect(asTotpCode("ABCD-EFGH-JKMN-PQRS")).toBeNull();
    expect(checkTotp(secret, "abcdef", new Date(), null)).toEqual({ ok: false, reason: "wrong" });
  });

  it("shows the key in groups of four and puts it in the otpauth address", () => {
    expect(groupSecret("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
    const uri = otpauthUri(secret, "Gemeinsam", "chefin@example.org");
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toMatch(/^otpauth:\/\/totp\/Gemeinsam:chefin%40example\.org\?issuer=Gemeinsam&/);
    expect(uri).toContain("digits=6&period=30");
  });
});
