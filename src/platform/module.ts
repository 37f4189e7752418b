import type { Command } from "commander";
import type { Hono } from "hono";
import type { ApiRouteDefinition } from "./api/api";
import type { CliEnvironment } from "./cli/context";
import type { PrivacyDeclaration, SiteContributions } from "./contributions/contributions";
import type { Deps } from "./deps";
import type { UploadLimit } from "./http/body-limit";
import type { AppEnv } from "./http/env";
import type { Catalogues } from "./i18n/i18n";
import type { IdeaCallSource } from "./idea-calls/idea-calls";
import type { PeriodicJob } from "./jobs/periodic";
import type { ScheduledJobHandler } from "./jobs/scheduled";
import type { ActionRule } from "./permissions/permissions";
import type { PersonalDataHook } from "./personal-data/hook";
import type { ResourceKind } from "./resources/resources";

/**
 * A module's manifest: everything the application needs to plug it in. The app's module list
 * (src/app/modules.ts) is the only place that knows all modules.
 */
export interface ModuleManifest {
  name: string;
  /** The actions this module's use cases check, and who may perform them. */
  actions?: Record<string, ActionRule>;
  messages?: Catalogues;
  /** Page routes (HTML). */
  routes?: (app: Hono<AppEnv>) => void;
  /** Public API routes under /api/v1. */
  api?: ApiRouteDefinition[];
  /** Seeds demo content into an empty database. */
  seed?: (deps: Deps) => Promise<void>;
  /**
   * Names for the audit log of every action code this module's use cases record (`budget.ballot.cast`
   * → "Stimme abgegeben"), German and English. A test checks that no recorded action lacks one.
   */
  auditLabels?: Catalogues;
  /** Required when the module stores anything linked to an account: its part in export and deletion. */
  personalData?: PersonalDataHook;
  /** Work this module wants done now and then; every process runs them, so each must be safe to run in several at once. */
  jobs?: readonly PeriodicJob[];
  /**
   * Handlers of this module's scheduled jobs (`<module>.<job>`): rows it schedules with
   * `schedule()` are run by them once across all processes, with retries (see jobs/scheduled.ts).
   */
  scheduledJobs?: readonly ScheduledJobHandler[];
  /**
   * Adds this module's sub-commands to the `gemeinsam` command line; `cli` says how a command opens
   * the configured database and where it prints.
   */
  cli?: (program: Command, cli: CliEnvironment) => void;
  /** Routes that take files and may receive a larger body than the small default (see http/body-limit.ts). */
  uploads?: readonly UploadLimit[];
  /**
   * What personal data this module processes: purpose, data, legal basis and retention. Required, so
   * no module can be added without its part of the privacy statement (`/datenschutz` is built from these).
   */
  privacy: PrivacyDeclaration;
  /** Objects of this module that others may comment on, follow or report (see resources/resources.ts). */
  resources?: readonly ResourceKind[];
  /** Calls for ideas this module runs, which the Arena's submission offers (see idea-calls/idea-calls.ts). */
  ideaCalls?: IdeaCallSource;
  /** What this module shows on the home page, the office's start page, the open-data page and the role form. */
  contributes?: SiteContributions;
}
