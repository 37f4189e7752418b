import type { Executor } from "../db/database";
import type { Locale } from "../i18n/i18n";
import type { Actor } from "../permissions/permissions";

/**
 * What the shared modules (comments, notifications, moderation) need to know about an object of
 * another module: its name and page, who wrote it, and whether it takes comments now.
 */
export interface ResourceSummary {
  title: string;
  /** The page that shows the object (and its comments); links in mails and queues point here. */
  href: string;
  /** The accounts that wrote the object: they hear of new comments and offers. */
  authorIds: string[];
  /** False when the object takes no comments now (not public, hidden, closed). */
  acceptsComments: boolean;
}

/**
 * A kind of object a module offers to the shared modules, declared in its manifest (`resources`).
 * Decidim's commentable, followable and reportable are the model: one flag each.
 */
export interface ResourceKind {
  /** Stored with every comment, follow and report, e.g. `arena_entry`; never changes once used. */
  type: string;
  commentable?: boolean;
  followable?: boolean;
  reportable?: boolean;
  /** The object as the public sees it; null when it does not exist. */
  /**
   * `now` is the moment of the question where the caller knows it (a use case's clock), for kinds
   * whose answer depends on time, such as whether the object takes comments in its current phase.
   */
  summary(db: Executor, id: string, locale: Locale, now?: Date): Promise<ResourceSummary | null>;
  /**
   * Why this person may not comment on the object now although it takes comments (only invited
   * people take part, say), as a message key; null when they may. Asked in the transaction that
   * writes a comment or an answer, whichever form sent it.
   */
  commentRefusal?(db: Executor, id: string, actor: Actor, now: Date): Promise<string | null>;
  /**
   * Called in the same transaction when a visible comment on the object is added (+1) or removed
   * (−1), for modules that keep the count beside the object (to sort by it).
   */
  commentsChanged?(tx: Executor, id: string, delta: number): Promise<void>;
  /**
   * Called in the moderator's transaction when the object is hidden (with the public reason shown
   * in its place) or shown again (null). The owning module keeps the state with the object.
   */
  hide?(tx: Executor, id: string, reason: string | null): Promise<void>;
}

const kinds = new Map<string, ResourceKind>();

/** Called once per module by the app's module registration. */
export function registerResourceKinds(declared: readonly ResourceKind[]): void {
  for (const kind of declared) {
    const known = kinds.get(kind.type);
    if (known && known !== kind) throw new Error(`resource kind ${kind.type} is declared twice`);
    kinds.set(kind.type, kind);
  }
}

/** The kind registered under this type, if any. */
export function resourceKind(type: string): ResourceKind | undefined {
  return kinds.get(type);
}

/** Every registered kind with the given ability. */
export function resourceKindsThat(ability: "commentable" | "followable" | "reportable"): ResourceKind[] {
  return [...kinds.values()].filter((kind) => kind[ability] === true);
}
