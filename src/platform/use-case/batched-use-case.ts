import type { z } from "zod";
import { recordAudits } from "../audit/audit";
import type { Executor } from "../db/database";
import type { Deps } from "../deps";
import type { Actor } from "../permissions/permissions";
import { type Admission, admission, type Invocation, type UseCaseResult } from "./use-case";

/** One invocation waiting in a batch, after it passed the checks of `admission`. */
export interface BatchItem<I> {
  actor: Actor;
  input: I;
  now: Date;
  requestId: string | null;
}

export interface BatchedUseCaseDefinition<S extends z.ZodType, O> extends Admission<S> {
  /** The most invocations one transaction takes. */
  maxBatch?: number;
  /**
   * Runs the writes of many invocations in one transaction and answers one outcome per item, in
   * their order: its result with its audit entry, or the error that refuses this item alone (then
   * nothing of it may have been written). Throwing fails the whole batch (see `defineBatchedUseCase`).
   */
  runBatch: (
    ctx: { deps: Deps; tx: Executor },
    items: ReadonlyArray<BatchItem<z.output<S>>>,
  ) => Promise<Array<UseCaseResult<O> | Error>>;
}

interface Waiting<I, O> {
  item: BatchItem<I>;
  resolve: (result: O) => void;
  reject: (error: unknown) => void;
}

/** The invocations of one use case on one database, written a batch at a time. */
class Batches<I, O> {
  private waiting: Array<Waiting<I, O>> = [];
  private writing = false;

  constructor(
    private readonly write: (items: ReadonlyArray<BatchItem<I>>) => Promise<Array<UseCaseResult<O> | Error>>,
    private readonly maxBatch: number,
  ) {}

  add(item: BatchItem<I>): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    // Requests that arrive in the same turn of the event loop go into the first batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.maxBatch);
      await this.settle(batch);
    }
    this.writing = false;
  }

  private async settle(batch: Array<Waiting<I, O>>): Promise<void> {
    try {
      const outcomes = await this.write(batch.map((w) => w.item));
      batch.forEach((waiting, i) => {
        const outcome = outcomes[i];
        if (outcome === undefined) waiting.reject(new Error("no outcome for a batch item"));
        else if (outcome instanceof Error) waiting.reject(outcome);
        else waiting.resolve(outcome.result);
      });
    } catch (error) {
      // A failed transaction wrote nothing: one at a time, each item gets its own answer, so one
      // item (or a deadlock with another process) does not refuse the others.
      if (batch.length === 1) (batch[0] as Waiting<I, O>).reject(error);
      else for (const waiting of batch) await this.settle([waiting]);
    }
  }
}

/**
 * A use case for a small write that many people make at the same moment (a support): each call
 * passes the same checks as `defineUseCase` on its own (permission before input, input, rate limit),
 * then waits for the next transaction, which writes every waiting call together with their audit
 * entries ("group commit"). A call answers only after its transaction committed, so nothing
 * acknowledged is lost; a refused item is answered with its own error. See ADR 0016.
 */
export function defineBatchedUseCase<S extends z.ZodType, O>(definition: BatchedUseCaseDefinition<S, O>) {
  const admit = admission(definition);
  const batches = new WeakMap<Deps, Batches<z.output<S>, O>>();
  const batchesOf = (deps: Deps) => {
    let found = batches.get(deps);
    if (!found) {
      const write = (items: ReadonlyArray<BatchItem<z.output<S>>>) =>
        deps.database.db.transaction(async (tx) => {
          const outcomes = await definition.runBatch({ deps, tx }, items);
          await recordAudits(
            tx,
            outcomes.flatMap((outcome, i) => {
              const item = items[i];
              if (outcome instanceof Error || !item) return [];
              return [{ actor: item.actor, entry: outcome.audit, at: item.now, requestId: item.requestId }];
            }),
          );
          return outcomes;
        });
      found = new Batches(write, definition.maxBatch ?? 200);
      batches.set(deps, found);
    }
    return found;
  };
  return async (deps: Deps, invocation: Invocation, rawInput: z.input<S>): Promise<O> => {
    const { input, now } = await admit(deps, invocation, rawInput);
    return batchesOf(deps).add({ actor: invocation.actor, input, now, requestId: invocation.requestId ?? null });
  };
}
