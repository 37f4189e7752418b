import { z } from "zod";
import type { FieldIssue } from "../errors/errors";

/**
 * The one rule for text typed by people or read from files: no control characters except tab, line
 * feed and carriage return (a browser sends a textarea's line breaks as CR LF). A NUL byte or an
 * escape sequence is never meant; PostgreSQL refuses NUL in text, and the others hide text in logs
 * and exports. The message key lives in the platform catalogue.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern exists to find control characters
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export const controlCharacterMessage = "errors.controlCharacters";

export function hasControlCharacters(value: string): boolean {
  return controlCharacter.test(value);
}

/** A Zod string that refuses control characters, for schemas that want the rule on one field. */
export function plainText(options: { error?: string } = {}) {
  return z
    .string(options.error ? { error: options.error } : undefined)
    .refine((value) => !hasControlCharacters(value), { error: controlCharacterMessage });
}

/**
 * Every string anywhere in an input (form body, use-case input, API body) that breaks the rule, as
 * field issues with the field's path. Applied once at the boundary (`defineUseCase`, `parseForm`),
 * so no schema can forget it.
 */
export function controlCharacterIssues(input: unknown, path: string[] = [], seen = new Set<unknown>()): FieldIssue[] {
  if (typeof input === "string") {
    return hasControlCharacters(input) ? [{ path: path.join("."), message: controlCharacterMessage }] : [];
  }
  if (input === null || typeof input !== "object" || seen.has(input)) return [];
  if (input instanceof Date || input instanceof Uint8Array || input instanceof ArrayBuffer) return [];
  if (typeof Blob !== "undefined" && input instanceof Blob) return [];
  seen.add(input);
  const issues: FieldIssue[] = [];
  const entries = Array.isArray(input) ? input.map((v, i) => [String(i), v] as const) : Object.entries(input);
  for (const [key, value] of entries) {
    if (hasControlCharacters(key)) issues.push({ path: [...path, key].join("."), message: controlCharacterMessage });
    else issues.push(...controlCharacterIssues(value, [...path, key], seen));
  }
  return issues;
}
