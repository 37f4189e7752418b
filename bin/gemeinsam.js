#!/usr/bin/env node
// Entry of the `gemeinsam` command: runs the compiled command line in dist/, compiling src/ first
// when dist/ is missing or older than a source file.
import { ensureBuilt } from "../scripts/build.js";

await ensureBuilt();
await import("../dist/cli/main.js");
