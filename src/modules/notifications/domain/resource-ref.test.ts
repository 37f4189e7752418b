import { describe, expect, it } from "vitest";
import { isUuid } from "../../../platform/ids";
import { candidateRecipients, isAccountId, isLocalPath } from "./resource-ref";

const a = "00000000-0000-4000-8000-00000000000a";
const b = "00000000-0000-4000-8000-00000000000b";
const c = "00000000-0000-4000-8000-00000000000c";

describe("recipients", () => {
  it("takes followers and named accounts once each, without the one who acted, in a stable order", () => {
    expect(candidateRecipients({ accounts: [b, a, "not-an-id"], exceptAccountId: c }, [c, b, b])).toEqual([a, b]);
  });

  it("knows an account id as the platform knows any id", () => {
    for (const value of [a, a.toUpperCase(), "not-an-id", "", ` ${a}`, `${a}0`, `{${a}}`, `${a}\n`])
      expect(isAccountId(value), JSON.stringify(value)).toBe(isUuid(value));
  });
});

describe("return paths", () => {
  it("accepts paths on this site and refuses other hosts", () => {
    expect(isLocalPath("/arena/12?tab=comments#c3")).toBe(true);
    for (const bad of ["//evil.example/x", "/\\evil.example", "https://evil.example/", "evil", "", "/a\nb"])
      expect(isLocalPath(bad)).toBe(false);
  });
});
