import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { checkDependencies, type DependencyViolation, describeViolations } from "./dependency-rules";

const repository = fileURLToPath(new URL("../../", import.meta.url));

describe("the source tree", () => {
  it("follows every dependency rule", { timeout: 180_000 }, async () => {
    const violations = await checkDependencies(repository);
    // One line per violation: "<rule>: <from> → <to>", or the folders of a circle.
    expect(describeViolations(violations)).toBe("");
  });
});

/** A small tree that follows every rule: each case below adds one file that breaks one rule. */
const cleanTree: Record<string, string> = {
  "src/platform/types.ts": "export type Id = string;\nexport const idLength = 16;\n",
  "src/platform/db/handle.ts": "export const db = {};\n",
  "src/ui/format.ts": "export const format = (text: string) => text.trim();\n",
  "src/app/config.ts": 'import { idLength } from "../platform/types";\nexport const config = { idLength };\n',
  "src/app/modules.ts":
    'import { alpha } from "../modules/alpha/index";\nimport { beta } from "../modules/beta/index";\nexport const modules = [alpha, beta];\n',
  "src/cli/program.ts": 'import { modules } from "../app/modules";\nexport const program = modules;\n',
  "src/modules/alpha/index.ts": 'export { alpha } from "./module";\n',
  "src/modules/alpha/module.ts": 'import { routes } from "./http/routes";\nexport const alpha = { routes };\n',
  "src/modules/alpha/domain/limits.ts": "export const limit = 3;\n",
  "src/modules/alpha/domain/rules.ts": [
    'import { createHash } from "node:crypto";',
    'import { z } from "zod";',
    'import type { Id } from "../../../platform/types";',
    'import { limit } from "./limits";',
    'export const rule = (id: Id) => createHash("sha256").update(z.string().max(limit).parse(id)).digest("hex");',
    "",
  ].join("\n"),
  "src/modules/alpha/data/queries.ts": [
    'import { eq } from "drizzle-orm";',
    'import { db } from "../../../platform/db/handle";',
    'import { rule } from "../domain/rules";',
    "export const find = () => [db, eq, rule];",
    "",
  ].join("\n"),
  "src/modules/alpha/data/queries.test.ts":
    'import { helper } from "../../../../tests/support/helper";\nexport { helper };\n',
  "src/modules/alpha/use-cases/find-thing.ts":
    'import { beta } from "../../beta/index";\nimport { find } from "../data/queries";\nexport const findThing = () => [find(), beta];\n',
  "src/modules/alpha/http/routes.ts": [
    'import { Hono } from "hono";',
    'import { findThing } from "../use-cases/find-thing";',
    'import { page } from "../views/page";',
    "export const routes = () => [new Hono(), findThing(), page];",
    "",
  ].join("\n"),
  "src/modules/alpha/views/page.tsx":
    'import { format } from "../../../ui/format";\nexport const page = () => <p>{format(" alpha ")}</p>;\n',
  "src/modules/beta/index.ts": 'export const beta = { name: "beta" };\n',
  "src/modules/beta/domain/other.ts": "export const other = 1;\n",
  "tests/support/helper.ts": "export const helper = 1;\n",
};

const trees: string[] = [];
afterAll(() => {
  for (const tree of trees) rmSync(tree, { recursive: true, force: true });
});

/** Writes the clean tree plus `extra` into a fresh folder that sees the repository's packages. */
function writeTree(extra: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "dependency-rules-"));
  trees.push(root);
  symlinkSync(join(repository, "node_modules"), join(root, "node_modules"), "dir");
  for (const [path, text] of Object.entries({ ...cleanTree, ...extra })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const single = (rule: string, from: string, to: unknown): DependencyViolation => ({
  rule,
  from,
  to: to as string,
  cycle: [],
});

describe("the dependency rules", () => {
  it("find nothing wrong in a tree that follows them", { timeout: 60_000 }, async () => {
    expect(await checkDependencies(writeTree({}))).toEqual([]);
  });

  const planted: { rule: string; file: string; text: string; expected: DependencyViolation[] }[] = [
    {
      rule: "a domain/ file imports a folder outside its module's domain/",
      file: "src/modules/alpha/domain/planted.ts",
      text: 'import { format } from "../../../ui/format";\nexport const planted = format;\n',
      expected: [single("domain-stays-in-its-domain", "src/modules/alpha/domain/planted.ts", "src/ui/format.ts")],
    },
    {
      rule: "a domain/ file imports platform code, not only its types",
      file: "src/modules/alpha/domain/planted.ts",
      text: 'import { idLength } from "../../../platform/types";\nexport const planted = idLength;\n',
      expected: [
        single("domain-imports-only-platform-types", "src/modules/alpha/domain/planted.ts", "src/platform/types.ts"),
      ],
    },
    {
      rule: "the shared reference data, which domain/ may import, reads files",
      file: "src/platform/reference-data/planted.ts",
      text: 'import { readFileSync } from "node:fs";\nexport const planted = readFileSync;\n',
      expected: [single("reference-data-stays-pure", "src/platform/reference-data/planted.ts", "fs")],
    },
    {
      rule: "a domain/ file reads files",
      file: "src/modules/alpha/domain/planted.ts",
      text: 'import { readFileSync } from "node:fs";\nexport const planted = readFileSync;\n',
      expected: [single("domain-without-io", "src/modules/alpha/domain/planted.ts", "fs")],
    },
    {
      rule: "a domain/ file opens network connections",
      file: "src/modules/alpha/domain/planted.ts",
      text: 'import { connect } from "node:net";\nexport const planted = connect;\n',
      expected: [single("domain-without-io", "src/modules/alpha/domain/planted.ts", "net")],
    },
    {
      rule: "a domain/ file builds queries",
      file: "src/modules/alpha/domain/planted.ts",
      text: 'import { sql } from "drizzle-orm";\nexport const planted = sql;\n',
      expected: [
        single(
          "domain-without-database-or-http",
          "src/modules/alpha/domain/planted.ts",
          expect.stringMatching(/^node_modules\/drizzle-orm\//),
        ),
      ],
    },
    {
      rule: "a domain/ file renders",
      file: "src/modules/alpha/domain/planted.ts",
      text: 'import { Hono } from "hono";\nexport const planted = Hono;\n',
      expected: [
        single(
          "domain-without-database-or-http",
          "src/modules/alpha/domain/planted.ts",
          expect.stringMatching(/^node_modules\/hono\//),
        ),
      ],
    },
    {
      rule: "a module imports another module's inside",
      file: "src/modules/alpha/use-cases/planted.ts",
      text: 'import { other } from "../../beta/domain/other";\nexport const planted = other;\n',
      expected: [
        single(
          "other-module-only-through-index",
          "src/modules/alpha/use-cases/planted.ts",
          "src/modules/beta/domain/other.ts",
        ),
      ],
    },
    {
      rule: "app/ imports a module's manifest instead of its index",
      file: "src/app/planted.ts",
      text: 'import { alpha } from "../modules/alpha/module";\nexport const planted = alpha;\n',
      expected: [single("module-only-through-index", "src/app/planted.ts", "src/modules/alpha/module.ts")],
    },
    {
      rule: "cli/ imports a module's inside",
      file: "src/cli/planted.ts",
      text: 'import { find } from "../modules/alpha/data/queries";\nexport const planted = find;\n',
      expected: [single("module-only-through-index", "src/cli/planted.ts", "src/modules/alpha/data/queries.ts")],
    },
    {
      rule: "a route imports data/",
      file: "src/modules/alpha/http/planted.ts",
      text: 'import { find } from "../data/queries";\nexport const planted = find;\n',
      expected: [
        single(
          "routes-and-views-without-data",
          "src/modules/alpha/http/planted.ts",
          "src/modules/alpha/data/queries.ts",
        ),
      ],
    },
    {
      rule: "a view imports a type from data/",
      file: "src/modules/alpha/views/planted.ts",
      text: 'import type { find } from "../data/queries";\nexport type Planted = typeof find;\n',
      expected: [
        single(
          "routes-and-views-without-data",
          "src/modules/alpha/views/planted.ts",
          "src/modules/alpha/data/queries.ts",
        ),
      ],
    },
    {
      rule: "a view builds queries",
      file: "src/modules/alpha/views/planted.ts",
      text: 'import { sql } from "drizzle-orm";\nexport const planted = sql;\n',
      expected: [
        single(
          "routes-and-views-without-data",
          "src/modules/alpha/views/planted.ts",
          expect.stringMatching(/^node_modules\/drizzle-orm\//),
        ),
      ],
    },
    {
      rule: "platform/ imports a module",
      file: "src/platform/db/planted.ts",
      text: 'import { beta } from "../../modules/beta/index";\nexport const planted = beta;\n',
      expected: [single("platform-is-plumbing", "src/platform/db/planted.ts", "src/modules/beta/index.ts")],
    },
    {
      rule: "platform/ imports app/ (which imports platform/: a circle of folders too)",
      file: "src/platform/planted.ts",
      text: 'import { config } from "../app/config";\nexport const planted = config;\n',
      expected: [
        {
          rule: "no-folder-cycles",
          from: "src/app",
          to: "src/modules/alpha",
          cycle: ["src/app", "src/modules/alpha", "src/platform"],
        },
        { rule: "no-folder-cycles", from: "src/app", to: "src/platform", cycle: ["src/app", "src/platform"] },
        single("platform-is-plumbing", "src/platform/planted.ts", "src/app/config.ts"),
      ],
    },
    {
      rule: "two folders import each other, though no file imports itself",
      file: "src/modules/alpha/views/planted.ts",
      text: 'import { routes } from "../http/routes";\nexport const planted = routes;\n',
      expected: [
        {
          rule: "no-folder-cycles",
          from: "src/modules/alpha/http",
          to: "src/modules/alpha/views",
          cycle: ["src/modules/alpha/http", "src/modules/alpha/views"],
        },
      ],
    },
    {
      rule: "a source file that is not a test imports tests/",
      file: "src/modules/alpha/data/test-accounts.ts",
      text: 'import { helper } from "../../../../tests/support/helper";\nexport const planted = helper;\n',
      expected: [
        single("source-without-test-helpers", "src/modules/alpha/data/test-accounts.ts", "tests/support/helper.ts"),
      ],
    },
  ];

  for (const { rule, file, text, expected } of planted) {
    it(`report it when ${rule}`, { timeout: 60_000 }, async () => {
      const violations = await checkDependencies(writeTree({ [file]: text }));
      expect(violations, describeViolations(violations)).toEqual(expected);
    });
  }
});
