import { serve } from "@hono/node-server";
import { loadOperatorTheme } from "../modules/site";
import { configWarnings, loadConfig } from "../platform/config/config";
import { ensureFirstAdmin } from "../platform/identity/first-admin";
import { startPeriodicJobs } from "../platform/jobs/periodic";
import { scheduledJobsRunner } from "../platform/jobs/scheduled";
import { useTheme } from "../ui/stylesheet";
import { createApp } from "./app";
import { createDeps, openMigratedDatabase } from "./bootstrap";
import { modules } from "./modules";
import { seedDemo } from "./seed";

const config = loadConfig();
const database = await openMigratedDatabase(config);
const deps = await createDeps(config, database);
for (const warning of configWarnings(config)) deps.logger.warn(warning);
if (config.SEED_DEMO) await seedDemo(deps);
const admin = await ensureFirstAdmin(deps);
if (admin) {
  // Printed once, on the very first start: nobody else could grant roles.
  process.stdout.write(
    `\nFirst start: an administrator account was created.\n  E-mail:   ${admin.email}\n  Password: ${admin.password}\nPlease log in and change the password.\n${
      config.GEMEINSAM_2FA_REQUIRED_ROLES.includes("administrator")
        ? "At the first login you set up a second factor: have an authenticator app on your phone at hand.\n"
        : ""
    }\n`,
  );
}
// The city's colours and logo from the operator file: composed into the stylesheet at start.
useTheme(await loadOperatorTheme(config.OPERATOR_FILE));
const app = createApp(deps, modules);
const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  deps.logger.info("Gemeinsam is ready", { url: config.baseUrl, port: info.port, database: database.kind });
});
const stopPeriodicJobs = startPeriodicJobs(deps, [
  ...modules.flatMap((module) => module.jobs ?? []),
  scheduledJobsRunner(modules.flatMap((module) => module.scheduledJobs ?? [])),
]);

async function shutdown(signal: string): Promise<void> {
  deps.logger.info("shutting down", { signal });
  server.close();
  stopPeriodicJobs();
  await database.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
