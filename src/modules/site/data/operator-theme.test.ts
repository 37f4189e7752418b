import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadOperatorTheme } from "./operator-theme";

describe("the city's theme in the operator file", () => {
  it("reads the colours and the logo beside the file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "theme-"));
    writeFileSync(join(dir, "logo.svg"), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(dir, "operator.yaml"), 'theme:\n  primary: "#005a9c"\n  logo: logo.svg\n');
    const theme = await loadOperatorTheme(join(dir, "operator.yaml"));
    expect(theme.primary).toBe("#005a9c");
    expect(theme.logo?.type).toBe("image/svg+xml");
    expect(new TextDecoder().decode(theme.logo?.body)).toContain("<svg");
  });

  it("has no theme without a file, and refuses a colour that is not #rrggbb", async () => {
    expect(await loadOperatorTheme(undefined)).toEqual({ primary: undefined, primaryDark: undefined });
    const dir = mkdtempSync(join(tmpdir(), "theme-"));
    writeFileSync(join(dir, "operator.yaml"), "theme:\n  primary: red\n");
    await expect(loadOperatorTheme(join(dir, "operator.yaml"))).rejects.toThrow(/theme\.primary/);
  });
});
