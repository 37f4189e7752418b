import { describe, expect, it } from "vitest";
import { candidateRecipients, isLocalPath } from "./resource-ref";

const a = "00000000-0000-4000-8000-00000000000a";
const b = "00000000-0000-4000-8000-00000000000b";
const c = "00000000-0000-4000-8000-00000000000c";

describe("recipients", () => {
  it("takes followers and named accounts once each, without the one who acted, in a stable order", () => {
    expect(candidateRecipients({ accounts: [b, a, "not-an-id"], exceptAccountId: c }, [c, b, b])).toEqual([a, b]);
  });
});

describe("return paths", () => {
  it("accepts paths on this site and refuses other hosts", () => {
    expect(isLocalPath("/arena/12?tab=comments#c3")).toBe(true);
    for (const bad of ["//evil.example/x", "/\\evil.example", "https://evil.example/", "evil", "", "/a\nb"])
      expect(isLocalPath(bad)).toBe(false);
  });
});
