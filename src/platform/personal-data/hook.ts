import type { Executor } from "../db/database";
import type { Deps } from "../deps";
import type { Catalogues, Translate } from "../i18n/i18n";

/**
 * What a hook may use besides the database. `t` speaks the reader's language for a download, and the
 * installation's default language for a deletion: text stored in tables (e.g. "deleted account" as
 * an author name) cannot follow each reader's language.
 */
export interface PersonalDataContext {
  deps: Deps;
  now: Date;
  t: Translate;
  /**
   * For an erase inside the account deletion: runs a delivery once the deletion committed (a mail a
   * module queued in the transaction, e.g. to the person who moves up into a freed seat).
   */
  afterCommit?: (effect: () => Promise<void>) => void;
}

/**
 * A module's part in "download my data" and "delete my account" (GDPR Art. 15 and 17). Every module
 * that stores something linked to an account declares one, so the platform's use cases cover all
 * modules without knowing their tables.
 */
export interface PersonalDataHook {
  /**
   * This module's section of the download: plain JSON values (no secrets, no hashes), or null when
   * the module holds nothing about the account.
   */
  export(db: Executor, accountId: string, ctx: PersonalDataContext): Promise<unknown>;
  /**
   * Runs inside the account deletion's transaction, so it commits or rolls back with it. Follows the
   * deletion policy: contributions stay, what names or identifies the person goes.
   */
  erase(tx: Executor, accountId: string, ctx: PersonalDataContext): Promise<void>;
  /** Texts the hook puts into the download (explanations), registered like a module's messages. */
  messages?: Catalogues;
}

const hooks = new Map<string, PersonalDataHook>();

/** Called once per module by the app's module registration. */
export function registerPersonalData(moduleName: string, hook: PersonalDataHook): void {
  hooks.set(moduleName, hook);
}

/** The registered hooks by module name, in registration order. */
export function personalDataHooks(): ReadonlyArray<readonly [string, PersonalDataHook]> {
  return [...hooks.entries()];
}
