import { readFileSync } from "node:fs";
import { parse } from "yaml";

/** The demo strategy shipped with the platform: Berlin's "Gemeinsam Digital: Berlin". */
export const demoFiles = ["gdb-demo.yaml", "demo-assessments.yaml"] as const;

export function readDemoFile(name: (typeof demoFiles)[number]): unknown {
  return parse(readFileSync(new URL(`./demo/${name}`, import.meta.url), "utf8"));
}
