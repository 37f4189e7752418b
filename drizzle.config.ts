import { defineConfig } from "drizzle-kit";

// Every table lives beside its module: platform tables in src/platform/*/schema.ts,
// module tables in src/modules/*/data/schema.ts.
export default defineConfig({
  dialect: "postgresql",
  schema: ["./src/platform/*/schema.ts", "./src/modules/*/data/schema.ts"],
  out: "./drizzle",
});
