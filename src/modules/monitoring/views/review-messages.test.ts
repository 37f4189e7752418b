import { describe, expect, it } from "vitest";
import { proposalKinds } from "../domain/proposal-fields";
import { lessonTopics, reportStatuses, roundStates } from "../domain/review-round";
import { reviewMessages } from "./review-messages";

describe("the review rounds' messages", () => {
  it("have the same keys in German and English, none empty", () => {
    const de = reviewMessages.de ?? {};
    const en = reviewMessages.en ?? {};
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    expect(Object.entries({ ...de, ...en }).filter(([, text]) => text.trim() === "")).toEqual([]);
  });

  it("name every word the pages build from a stored code", () => {
    const built = [
      ...lessonTopics.map((topic) => `monitoring.review.topic.${topic}`),
      ...proposalKinds.flatMap((kind) => [
        `monitoring.review.report.kind.${kind}`,
        `monitoring.review.report.kindLead.${kind}`,
      ]),
      ...roundStates.map((state) => `monitoring.review.state.${state}`),
      ...reportStatuses.map((status) => `monitoring.review.status.${status}`),
      ...["opened", "saved", "submitted", "decided", "closed", "published"].map((n) => `monitoring.review.notice.${n}`),
      ...["close", "publish"].flatMap((step) =>
        ["confirmTitle", "consequences", "confirm"].map((part) => `monitoring.review.${step}.${part}`),
      ),
    ];
    expect(built.filter((key) => !(key in (reviewMessages.de ?? {})))).toEqual([]);
  });
});
