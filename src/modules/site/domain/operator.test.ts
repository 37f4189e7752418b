import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseOperatorFile } from "./operator";

const exampleFile = join(import.meta.dirname, "../data/operator.example.yaml");

describe("the operator file", () => {
  it("accepts the example shipped with the repository", () => {
    const details = parseOperatorFile(readFileSync(exampleFile, "utf8"));
    expect(details.operator.name).toBe("Musterbehörde für Digitales (Beispiel)");
    expect(details.enforcementBody.name).toBe("Landesbeauftragte für digitale Barrierefreiheit des Landes Berlin");
    expect(details.enforcementBody.email).toBe("landesbeauftragte@example.org");
  });

  it("names every wrong field", () => {
    expect(() =>
      parseOperatorFile("operator:\n  email: not-an-address\naccessibility:\n  statementDate: 22.11.2026\n"),
    ).toThrow(/operator\.email[\s\S]*accessibility\.statementDate/);
  });
});
