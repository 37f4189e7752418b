import type { z } from "zod";
import { type AuditEntry, recordAudit } from "../audit/audit";
import type { Executor } from "../db/database";
import type { Deps } from "../deps";
import { Invalid } from "../errors/errors";
import type { Actor, Resource } from "../permissions/permissions";
import { requirePermission } from "../permissions/require-permission";
import { hitRateLimit, type RateLimitRule, rateLimitRules } from "../security/rate-limit";

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
  input: S;
  /** The object the action is on, for scoped roles (e.g. the measure a team member edits). */
  resource?: (input: z.output<S>) => Resource | undefined;
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

/**
 * Defines a use case: a function that validates its input, checks the permission, applies the
 * rate limit and runs its writes and its audit entry in one transaction, so a failure in the middle
 * leaves nothing half-written.
 */
export function defineUseCase<S extends z.ZodType, O>(definition: UseCaseDefinition<S, O>) {
  return async (deps: Deps, invocation: Invocation, rawInput: z.input<S>): Promise<O> => {
    const parsed = definition.input.safeParse(rawInput);
    if (!parsed.success) throw toInvalid(parsed.error);
    const input = parsed.data;
    const { actor } = invocation;
    requirePermission(actor, definition.action, definition.resource?.(input));
    const now = deps.clock();
    const limit = definition.rateLimit ? definition.rateLimit(input, actor) : defaultRateLimit(actor);
    // Counted outside the transaction on purpose: a refused attempt still counts.
    for (const hit of limit ? [limit].flat() : []) await hitRateLimit(deps.database.db, hit.key, hit.rule, now);
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
