import { defineConfig } from "drizzle-kit";

// Every table lives beside its owner: platform tables in a schema.ts under src/platform/, module
// tables in src/modules/<name>/data/schema.ts. drizzle/ holds one baseline migration and, after it,
// only new migrations appended by `npx drizzle-kit generate --name <what>` (docs/decisions/0006).
export default defineConfig({
  dialect: "postgresql",
  schema: ["./src/platform/**/schema.ts", "./src/modules/**/data/schema.ts"],
  out: "./drizzle",
});
