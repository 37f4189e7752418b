import { readFile } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import { loadOperatorDetails } from "./operator-file";

/** The city's theme from the operator file, with the logo's bytes read from beside the file. */
export async function loadOperatorTheme(path: string | undefined): Promise<{
  primary?: string;
  primaryDark?: string;
  logo?: { body: Uint8Array; type: "image/svg+xml" | "image/png" };
}> {
  const { theme } = await loadOperatorDetails(path);
  if (!theme.logo || !path) return { primary: theme.primary, primaryDark: theme.primaryDark };
  const file = resolve(dirname(path), theme.logo);
  const extension = extname(file).toLowerCase();
  if (extension !== ".svg" && extension !== ".png") {
    throw new Error(`The logo in ${path} must be an .svg or .png file: ${theme.logo}`);
  }
  return {
    primary: theme.primary,
    primaryDark: theme.primaryDark,
    logo: { body: await readFile(file), type: extension === ".svg" ? "image/svg+xml" : "image/png" },
  };
}
