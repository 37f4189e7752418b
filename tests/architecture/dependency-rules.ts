// The dependency rules of the source tree (docs/architecture.md, "Rules"), checked with
// dependency-cruiser. Paths in the rules are relative to the checked root (the repository).
import { cruise, type ICruiseResult, type IFlattenedRuleSet } from "dependency-cruiser";

/** Node built-ins that reach disks, networks, processes or threads. */
const ioCoreModules = "^(fs|net|http|https|http2|tls|dgram|dns|child_process|worker_threads|readline|cluster)(/|$)";
const testFile = "\\.test\\.tsx?$";

export const dependencyRules: IFlattenedRuleSet = {
  forbidden: [
    {
      name: "domain-stays-in-its-domain",
      comment:
        "A module's domain/ is pure: it imports only its own domain/ (and platform types, see the next rule), " +
        "never another folder of the repository.",
      severity: "error",
      from: { path: "^src/modules/([^/]+)/domain/" },
      to: { path: "^(src|tests|bench|scripts|docs|drizzle)/", pathNot: ["^src/modules/$1/domain/", "^src/platform/"] },
    },
    {
      name: "domain-imports-only-platform-types",
      comment:
        "A domain/ file may use the platform's types (import type), never its code; the one exception is the " +
        "shared reference data (districts, stakeholder groups), which is constant data without any I/O.",
      severity: "error",
      from: { path: "^src/modules/[^/]+/domain/" },
      to: { path: "^src/platform/", pathNot: ["^src/platform/reference-data/"], dependencyTypesNot: ["type-only"] },
    },
    {
      name: "reference-data-stays-pure",
      comment:
        "The shared reference data is allowed in domain/ only because it is constant: it imports nothing but types.",
      severity: "error",
      from: { path: "^src/platform/reference-data/", pathNot: [testFile] },
      to: { dependencyTypesNot: ["type-only"], pathNot: ["^src/platform/reference-data/"] },
    },
    {
      name: "domain-without-io",
      comment: "A domain/ file touches no file, network, process or thread.",
      severity: "error",
      from: { path: "^src/modules/[^/]+/domain/" },
      to: { dependencyTypes: ["core"], path: ioCoreModules },
    },
    {
      name: "domain-without-database-or-http",
      comment: "A domain/ file knows neither the database (drizzle-orm) nor HTTP and rendering (hono).",
      severity: "error",
      from: { path: "^src/modules/[^/]+/domain/" },
      to: { path: "(^|/)node_modules/(drizzle-orm|hono)/|^(drizzle-orm|hono)(/|$)" },
    },
    {
      name: "other-module-only-through-index",
      comment: "A module uses another module only through that module's index.ts.",
      severity: "error",
      from: { path: "^src/modules/([^/]+)/" },
      to: { path: "^src/modules/[^/]+/", pathNot: ["^src/modules/$1/", "^src/modules/[^/]+/index\\.tsx?$"] },
    },
    {
      name: "module-only-through-index",
      comment: "app/, cli/ and ui/ use a module only through its index.ts.",
      severity: "error",
      from: { path: "^src/", pathNot: ["^src/modules/", "^src/platform/"] },
      to: { path: "^src/modules/[^/]+/", pathNot: ["^src/modules/[^/]+/index\\.tsx?$"] },
    },
    {
      name: "routes-and-views-without-data",
      comment: "http/ and views/ call use cases; they import no data/ folder and no drizzle-orm.",
      severity: "error",
      from: { path: "^src/modules/[^/]+/(http|views)/" },
      to: { path: ["^src/modules/[^/]+/data/", "(^|/)node_modules/drizzle-orm/", "^drizzle-orm(/|$)"] },
    },
    {
      name: "platform-is-plumbing",
      comment: "platform/ imports neither app/ nor any module.",
      severity: "error",
      from: { path: "^src/platform/" },
      to: { path: "^src/(app|modules)/" },
    },
    {
      name: "no-folder-cycles",
      comment: "Folders do not import each other in a circle.",
      severity: "error",
      scope: "folder",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "source-without-test-helpers",
      comment: "Only test files (*.test.ts, *.test.tsx) import tests/.",
      severity: "error",
      from: { path: "^src/", pathNot: testFile },
      to: { path: "^tests/" },
    },
  ],
};

export interface DependencyViolation {
  rule: string;
  from: string;
  to: string;
  /** The folders of a folder cycle, in order; empty for a single forbidden import. */
  cycle: string[];
}

/**
 * Checks every non-test file under `<root>/src` against the rules. Test files are left out: they
 * may reach into any module to set it up, and they import `tests/support`.
 */
export async function checkDependencies(root: string): Promise<DependencyViolation[]> {
  const result = await cruise(
    ["src"],
    {
      baseDir: root,
      validate: true,
      ruleSet: dependencyRules,
      tsPreCompilationDeps: true,
      exclude: { path: [testFile, "^dist/"] },
      doNotFollow: { path: ["(^|/)node_modules/", "^tests/"] },
      preserveSymlinks: true,
      enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    },
    { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
  );
  const output = result.output as ICruiseResult;
  const violations = new Map<string, DependencyViolation>();
  for (const violation of output.summary.violations) {
    let found: DependencyViolation = { rule: violation.rule.name, from: violation.from, to: violation.to, cycle: [] };
    if (violation.type === "cycle") {
      // Every folder of a circle reports it; keep it once, starting at its first folder by name.
      const ring = [violation.from, ...(violation.cycle ?? []).map((step) => step.name).slice(0, -1)];
      const first = ring.indexOf([...ring].sort()[0] ?? violation.from);
      const cycle = [...ring.slice(first), ...ring.slice(0, first)];
      found = { rule: found.rule, from: cycle[0] ?? violation.from, to: cycle[1] ?? violation.to, cycle };
    }
    violations.set(`${found.rule} ${found.from} ${found.to} ${found.cycle.join(" ")}`, found);
  }
  return [...violations.values()].sort(
    (a, b) => a.rule.localeCompare(b.rule) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
  );
}

/** One line per violation, e.g. "platform-is-plumbing: src/platform/x.ts → src/app/config.ts". */
export function describeViolations(violations: readonly DependencyViolation[]): string {
  return violations
    .map((v) =>
      v.cycle.length > 0 ? `${v.rule}: ${[...v.cycle, v.cycle[0]].join(" → ")}` : `${v.rule}: ${v.from} → ${v.to}`,
    )
    .join("\n");
}
