import { describe, expect, it } from "vitest";
import { fairnessVerdict } from "./fairness";

const figures = (leximinMin: number, legacyMin: number, leximinBelow = 0, legacyBelow = 0) => ({
  leximinMin,
  legacyMin,
  leximinBelow,
  legacyBelow,
});

describe("the fairness verdict follows the numbers", () => {
  it("calls 42.86 % against 25.55 % fairer, not about equal", () => {
    expect(fairnessVerdict(figures(0.4286, 0.2555))).toBe("leximinFairer");
  });

  it("calls the earlier method fairer when its smallest chance is clearly larger", () => {
    expect(fairnessVerdict(figures(0.2, 0.3))).toBe("legacyFairer");
  });

  it("calls gaps under one percentage point about equal", () => {
    expect(fairnessVerdict(figures(0.05, 0.041))).toBe("similar");
    expect(fairnessVerdict(figures(0.05, 0.039))).toBe("leximinFairer");
  });

  it("calls gaps under a tenth of the larger chance about equal", () => {
    expect(fairnessVerdict(figures(0.4, 0.37))).toBe("similar");
    expect(fairnessVerdict(figures(0.4, 0.35))).toBe("leximinFairer");
  });

  it("decides first by how many people have hardly any chance", () => {
    expect(fairnessVerdict(figures(0.001, 0.001, 3, 12))).toBe("leximinFairer");
    expect(fairnessVerdict(figures(0.5, 0.001, 5, 2))).toBe("legacyFairer");
  });
});
