import { describe, expect, it } from "vitest";
import { editKeepsVersion, FREE_EDIT_MS, stateOf, submissionKeyOf } from "./rules";
import { buildThread, displayLevel, inReadingOrder } from "./thread";

const at = (minute: number) => new Date(Date.UTC(2026, 4, 1, 10, minute));

describe("the free editing time", () => {
  it("lets the author correct a comment within 15 minutes without keeping a version", () => {
    expect(editKeepsVersion(at(0), at(0))).toBe(false);
    expect(editKeepsVersion(at(0), new Date(at(0).getTime() + FREE_EDIT_MS))).toBe(false);
  });

  it("keeps the earlier text for every edit after 15 minutes", () => {
    expect(editKeepsVersion(at(0), new Date(at(0).getTime() + FREE_EDIT_MS + 1))).toBe(true);
    expect(editKeepsVersion(at(0), at(59))).toBe(true);
  });
});

describe("the submission key", () => {
  it("is the same for the same form and text, and differs for another text, form or comment answered", () => {
    expect(submissionKeyOf("formkey1", null, "Hallo")).toBe(submissionKeyOf("formkey1", null, " Hallo "));
    expect(submissionKeyOf("formkey1", null, "Hallo")).not.toBe(submissionKeyOf("formkey1", null, "Hallo!"));
    expect(submissionKeyOf("formkey1", null, "Hallo")).not.toBe(submissionKeyOf("formkey2", null, "Hallo"));
    expect(submissionKeyOf("formkey1", "a", "Danke")).not.toBe(submissionKeyOf("formkey1", "b", "Danke"));
  });
});

describe("a comment's state", () => {
  it("is deleted before hidden before visible", () => {
    expect(stateOf({ deletedAt: null, hiddenAt: null })).toBe("visible");
    expect(stateOf({ deletedAt: null, hiddenAt: at(1) })).toBe("hidden");
    expect(stateOf({ deletedAt: at(2), hiddenAt: at(1) })).toBe("deleted");
  });
});

describe("the thread", () => {
  const c = (id: string, parentId: string | null, minute: number) => ({ id, parentId, createdAt: at(minute) });

  it("puts answers under their comment, each level in the order written", () => {
    const roots = buildThread([c("b", null, 2), c("a", null, 1), c("a2", "a", 5), c("a1", "a", 3), c("a1x", "a1", 4)]);
    expect(roots.map((n) => n.comment.id)).toEqual(["a", "b"]);
    expect(roots[0]?.replies.map((n) => n.comment.id)).toEqual(["a1", "a2"]);
    expect(inReadingOrder(roots).map((n) => [n.comment.id, n.depth])).toEqual([
      ["a", 0],
      ["a1", 1],
      ["a1x", 2],
      ["a2", 1],
      ["b", 0],
    ]);
  });

  it("keeps an answer whose parent is missing, as a comment on the object", () => {
    const roots = buildThread([c("x", "gone", 1), c("y", null, 2)]);
    expect(roots.map((n) => n.comment.id)).toEqual(["x", "y"]);
  });

  it("stores any depth but shows at most the cap", () => {
    const chain = Array.from({ length: 6 }, (_, i) => c(`c${i}`, i === 0 ? null : `c${i - 1}`, i));
    const depths = inReadingOrder(buildThread(chain)).map((n) => n.depth);
    expect(depths).toEqual([0, 1, 2, 3, 4, 5]);
    expect(depths.map((d) => displayLevel(d, 3))).toEqual([0, 1, 2, 3, 3, 3]);
  });
});
