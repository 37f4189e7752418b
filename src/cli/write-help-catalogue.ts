// Run by the build (scripts/build.js) on the compiled output: writes the outline of every command
// to help-catalogue.json beside this file, for `main.ts` to answer help without loading modules.
import { writeFileSync } from "node:fs";
import { outlineOf } from "./help-catalogue";
import { buildProgram } from "./program";

writeFileSync(new URL("./help-catalogue.json", import.meta.url), `${JSON.stringify(outlineOf(buildProgram()))}\n`);
