import { describe, expect, expectTypeOf, it } from "vitest";
import { isUuid } from "./ids";

describe("isUuid", () => {
  it("accepts a UUID in its text form, in either case", () => {
    expect(isUuid("0b7e4c1a-9f3d-4e2b-8a6c-1d2e3f4a5b6c")).toBe(true);
    expect(isUuid("0B7E4C1A-9F3D-4E2B-8A6C-1D2E3F4A5B6C")).toBe(true);
    expect(isUuid("00000000-0000-0000-0000-000000000000")).toBe(true);
    expect(isUuid(crypto.randomUUID())).toBe(true);
  });

  it("takes any version and variant, as the database does", () => {
    expect(isUuid("ffffffff-ffff-ffff-ffff-ffffffffffff")).toBe(true);
    expect(isUuid("12345678-1234-1234-1234-123456789abc")).toBe(true);
  });

  it("refuses anything else, and needs the whole value to be one", () => {
    for (const value of [
      "",
      "not-a-uuid",
      "0b7e4c1a9f3d4e2b8a6c1d2e3f4a5b6c",
      "{0b7e4c1a-9f3d-4e2b-8a6c-1d2e3f4a5b6c}",
      " 0b7e4c1a-9f3d-4e2b-8a6c-1d2e3f4a5b6c",
      "0b7e4c1a-9f3d-4e2b-8a6c-1d2e3f4a5b6c ",
      "0b7e4c1a-9f3d-4e2b-8a6c-1d2e3f4a5b6c\n",
      "0b7e4c1a-9f3d-4e2b-8a6c-1d2e3f4a5b6",
      "0b7e4c1a-9f3d-4e2b-8a6c-1d2e3f4a5b6c0",
      "0b7e4c1a-9f3d-4e2b-8a6c-1d2e3f4a5b6g",
      "x0b7e4c1a-9f3d-4e2b-8a6c-1d2e3f4a5b6c",
      "slug-of-a-budget",
    ]) {
      expect(isUuid(value), JSON.stringify(value)).toBe(false);
    }
  });

  it("refuses what is not text", () => {
    for (const value of [undefined, null, 42, {}, ["0b7e4c1a-9f3d-4e2b-8a6c-1d2e3f4a5b6c"]]) {
      expect(isUuid(value)).toBe(false);
    }
  });

  it("narrows an accepted value to a string and leaves a refused one as it was", () => {
    const read = (value: string | undefined) => value;
    const id = read("not-a-uuid");
    if (isUuid(id)) {
      expectTypeOf(id).toExtend<string>();
    } else {
      expectTypeOf(id).toEqualTypeOf<string | undefined>();
      expect(id?.includes("-")).toBe(true);
    }
  });
});
