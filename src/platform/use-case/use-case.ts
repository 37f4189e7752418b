import type { z } from "zod";
import { type AuditEntry, recordAudit } from "../audit/audit";
import type { Executor } from "../db/database";
import type { Deps } from "../deps";
import { Invalid } from "../errors/errors";
import { controlCharacterIssues } from "../forms/plain-text";
import type { Actor, Resource } from "../permissions/permissions";
import { requirePermission } from "../permissions/require-permission";
import { hitRateLimits, type RateLimitRule, rateLimitRules } from "../security/rate-limit";

/** What a use case sees while it runs: its dependencies, the open transaction and who acts. */
export interface UseCaseContext {
  deps: Deps;
  tx: Executor;
  actor: Actor;
  now: Date;
  requestId: string | null;
  /** Runs after the transaction committed (e.g. hand a queued mail to SMTP); never for a rollback. */
  afterCommit: (effect: () => Promise<void>) => void;
}

export interface UseCaseResult<O> {
  result: O;
  /** Every write records exactly one audit entry, written in the same transaction. */
  audit: AuditEntry;
}

export interface UseCaseDefinition<S extends z.ZodType, O> {
  /** The action checked with `can()`; declared in the module's manifest. */
  action: string;
  /**
   * The input's schema; a function of the dependencies when it checks against the city's data
   * (e.g. its district keys), built once per set of dependencies.
   */
  input: S | ((deps: Deps) => S);
  /**
   * The object the action is on, for scoped roles (e.g. the measure a team member edits). It is read
   * from the input as sent, before the schema runs: permission comes first, so nobody learns from a
   * validation message what a form would have accepted. Read only identifiers here (route
   * parameters); a value of the wrong shape simply matches no grant.
   */
  resource?: (input: NoInfer<z.input<S>>) => Resource | undefined;
  /**
   * Rate limit key and rule; defaults to the per-actor write limit. Several limits may apply at once
   * (e.g. per e-mail address and per client address); each one counts.
   */
  rateLimit?: (
    input: z.output<S>,
    actor: Actor,
  ) => { key: string; rule: RateLimitRule } | Array<{ key: string; rule: RateLimitRule }> | null;
  run: (ctx: UseCaseContext, input: z.output<S>) => Promise<UseCaseResult<O>>;
}

export interface Invocation {
  actor: Actor;
  requestId?: string | null;
}

/** Turns a Zod error into field issues whose messages are catalogue keys or readable text. */
function toInvalid(error: z.ZodError): Invalid {
  return new Invalid(
    "errors.invalidInput",
    error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
  );
}

function defaultRateLimit(actor: Actor): { key: string; rule: RateLimitRule } | null {
  if (actor.kind === "system") return null;
  return { key: `write:${actor.kind === "user" ? actor.id : "guest"}`, rule: rateLimitRules.write };
}

/** The resource named by the raw input; input too malformed to name one names none (fails closed). */
function resourceOf<S extends z.ZodType>(definition: Admission<S>, rawInput: z.input<S>) {
  if (!definition.resource) return undefined;
  try {
    const resource = definition.resource(rawInput);
    return resource && typeof resource.id === "string" && typeof resource.type === "string" ? resource : undefined;
  } catch {
    return undefined;
  }
}

/** What every write checks before its transaction: the permission, the input and the rate limit. */
export type Admission<S extends z.ZodType> = Pick<
  UseCaseDefinition<S, unknown>,
  "action" | "input" | "resource" | "rateLimit"
>;

/**
 * The checks before a write, in their order: the permission first (a guest is asked to sign in,
 * anyone else without it is refused, before a single field is read), then the input (control
 * characters are refused in every text, see `plain-text.ts`), then the rate limit. Answers the
 * parsed input and the moment of the write.
 */
export function admission<S extends z.ZodType>(definition: Admission<S>) {
  const schemas = new WeakMap<Deps, S>();
  const schemaFor = (deps: Deps): S => {
    if (typeof definition.input !== "function") return definition.input;
    let schema = schemas.get(deps);
    if (!schema) {
      schema = definition.input(deps);
      schemas.set(deps, schema);
    }
    return schema;
  };
  return async (
    deps: Deps,
    invocation: Invocation,
    rawInput: z.input<S>,
  ): Promise<{ input: z.output<S>; now: Date }> => {
    const { actor } = invocation;
    requirePermission(actor, definition.action, resourceOf(definition, rawInput));
    const unreadable = controlCharacterIssues(rawInput);
    if (unreadable.length > 0) throw new Invalid("errors.invalidInput", unreadable);
    const parsed = schemaFor(deps).safeParse(rawInput);
    if (!parsed.success) throw toInvalid(parsed.error);
    const input = parsed.data;
    const now = deps.clock();
    const limit = definition.rateLimit ? definition.rateLimit(input, actor) : defaultRateLimit(actor);
    // Counted outside the transaction on purpose: a refused attempt still counts.
    await hitRateLimits(deps.database.db, limit ? [limit].flat() : [], now);
    return { input, now };
  };
}

/**
 * Defines a use case: a function that passes the checks of `admission` and then runs its writes and
 * its audit entry in one transaction, so a failure in the middle leaves nothing half-written.
 */
export function defineUseCase<S extends z.ZodType, O>(definition: UseCaseDefinition<S, O>) {
  const admit = admission(definition);
  return async (deps: Deps, invocation: Invocation, rawInput: z.input<S>): Promise<O> => {
    const { actor } = invocation;
    const { input, now } = await admit(deps, invocation, rawInput);
    const effects: Array<() => Promise<void>> = [];
    const afterCommit = (effect: () => Promise<void>) => {
      effects.push(effect);
    };
    const result = await deps.database.db.transaction(async (tx) => {
      const requestId = invocation.requestId ?? null;
      const outcome = await definition.run({ deps, tx, actor, now, requestId, afterCommit }, input);
      await recordAudit(tx, actor, outcome.audit, now, requestId);
      return outcome.result;
    });
    for (const effect of effects) {
      // An effect that fails is logged; the committed write stands (the mail stays in the outbox).
      await effect().catch((error: unknown) =>
        deps.logger.error("after-commit effect failed", { error: String(error), requestId: invocation.requestId }),
      );
    }
    return result;
  };
}
