import { describe, expect, it } from "vitest";
import { configWarnings, loadConfig } from "./config";

describe("configuration warnings", () => {
  it("warn in production when BASE_URL is unset, since letters would print localhost", () => {
    const env = { NODE_ENV: "production" };
    const [warning] = configWarnings(loadConfig(env), env);
    expect(warning).toContain("BASE_URL is not set");
    expect(warning).toContain("http://localhost:3000");
  });

  it("stay quiet with BASE_URL set, and outside production", () => {
    const set = { NODE_ENV: "production", BASE_URL: "https://beteiligung.example.org" };
    expect(configWarnings(loadConfig(set), set)).toEqual([]);
    expect(configWarnings(loadConfig({}), {})).toEqual([]);
  });
});
