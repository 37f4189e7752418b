// `npm run build`: compiles src/ to plain JavaScript in dist/ with esbuild, one .js file per source
// file at the same relative place, and copies every other file of src/ (CSS, scripts for the
// browser, YAML, word lists, fonts) beside them, so files read relative to `import.meta.url` are
// found in dist/ as in src/. Folders outside src/ (drizzle/, docs/) are reached by the same
// relative paths, since dist/ sits at the same depth as src/. Types are checked by `npm run
// typecheck` (tsc --noEmit), not here. `npm start` and bin/gemeinsam.js build only when dist/ is
// missing or older than a source file (`ensureBuilt`).
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(root, "src");
const output = join(root, "dist");
/** Written last: its time is the time of the build. */
const stampName = ".built";
/** Besides src/, a change to these files calls for a new build. */
const buildInputs = ["package.json", "package-lock.json", "tsconfig.json", "scripts/build.js"];

const isTypeScript = (name) => /\.tsx?$/.test(name);
const isTest = (name) => /\.test\.tsx?$/.test(name);

/** Every file under `dir`, and every folder (a folder's time changes when a file is added, moved or deleted). */
function walk(dir, visit) {
  visit(dir, true);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, visit);
    else visit(path, false);
  }
}

/** True when dist/ is missing or older than a source file, a source folder or a build input. */
export function isStale() {
  const stamp = join(output, stampName);
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  for (const input of buildInputs) {
    const path = join(root, input);
    if (existsSync(path) && statSync(path).mtimeMs > built) return true;
  }
  let stale = false;
  walk(source, (path) => {
    if (!stale && statSync(path).mtimeMs > built) stale = true;
  });
  return stale;
}

/** The compiled name of a relative import: `./x` → `./x.js`, `./views` → `./views/index.js`. */
function compiledSpecifier(specifier, fromDir) {
  const target = join(fromDir, specifier);
  if (existsSync(target) && statSync(target).isFile()) {
    return isTypeScript(target) ? specifier.replace(/\.tsx?$/, ".js") : specifier;
  }
  if (/\.js$/.test(specifier) && [".ts", ".tsx"].some((ext) => existsSync(target.replace(/\.js$/, ext))))
    return specifier;
  for (const [suffix, compiled] of [
    [".ts", ".js"],
    [".tsx", ".js"],
    ["/index.ts", "/index.js"],
    ["/index.tsx", "/index.js"],
  ]) {
    if (existsSync(target + suffix)) return specifier + compiled;
  }
  throw new Error(`cannot resolve ${specifier} from ${relative(root, fromDir)}`);
}

/**
 * Relative imports stay imports of the neighbouring compiled file (no bundling), with the `.js`
 * extension Node needs. A module URL written as `new URL("./x.ts", import.meta.url)` (a worker
 * thread's module) names the compiled `./x.js`.
 */
const keepModulesApart = {
  name: "keep-modules-apart",
  setup(build) {
    build.onResolve({ filter: /^\.\.?(\/|$)/ }, (args) => {
      if (args.kind === "entry-point") return undefined;
      return { path: compiledSpecifier(args.path, args.resolveDir), external: true };
    });
    build.onLoad({ filter: /\.tsx?$/ }, (args) => {
      const text = readFileSync(args.path, "utf8").replace(
        /new URL\((["'])(\.\.?\/[^"']+)\.tsx?\1, import\.meta\.url\)/g,
        (_, quote, path) => `new URL(${quote}${path}.js${quote}, import.meta.url)`,
      );
      return { contents: text, loader: args.path.endsWith(".tsx") ? "tsx" : "ts" };
    });
  },
};

/** Compiles src/ into a fresh folder, then puts it in place of dist/. */
export async function build() {
  const { build: esbuild } = await import("esbuild");
  const started = performance.now();
  const entryPoints = [];
  const assets = [];
  walk(source, (path, isDir) => {
    if (isDir) return;
    if (isTypeScript(path)) {
      if (!isTest(path) && !path.endsWith(".d.ts")) entryPoints.push(path);
    } else assets.push(path);
  });
  const fresh = `${output}.${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  await esbuild({
    absWorkingDir: root,
    entryPoints,
    outdir: fresh,
    outbase: source,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    jsx: "automatic",
    jsxImportSource: "hono/jsx",
    tsconfig: join(root, "tsconfig.json"),
    plugins: [keepModulesApart],
    logLevel: "warning",
  });
  for (const asset of assets) {
    const target = join(fresh, relative(source, asset));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(asset, target);
  }
  // The command line's help, taken from the compiled program (src/cli/help-catalogue.ts).
  execFileSync(process.execPath, [join(fresh, "cli", "write-help-catalogue.js")], { stdio: "inherit" });
  writeFileSync(join(fresh, stampName), `${new Date().toISOString()}\n`);
  rmSync(output, { recursive: true, force: true });
  try {
    renameSync(fresh, output);
  } catch (error) {
    // Another process starting at the same moment put its build in place first.
    rmSync(fresh, { recursive: true, force: true });
    if (!existsSync(join(output, stampName))) throw error;
  }
  return { files: entryPoints.length, assets: assets.length, ms: Math.round(performance.now() - started) };
}

/** Builds when dist/ is missing or stale; says so on standard error, so standard output stays the program's. */
export async function ensureBuilt() {
  if (!isStale()) return;
  process.stderr.write("Compiling src/ to dist/…\n");
  await build();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { files, assets, ms } = await build();
  console.log(`dist/: ${files} modules compiled, ${assets} other files copied, in ${ms} ms`);
}
