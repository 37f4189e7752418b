/** A comment as the thread needs it: where it hangs and when it was written. */
export interface ThreadItem {
  id: string;
  parentId: string | null;
  createdAt: Date;
}

export interface ThreadNode<T extends ThreadItem> {
  comment: T;
  /** Depth as stored: 0 for a comment on the object, 1 for an answer to it, and so on. */
  depth: number;
  replies: Array<ThreadNode<T>>;
}

/**
 * Builds the tree of a thread: comments on the object in the order written, each followed by its
 * answers in the order written. An answer whose parent is missing (never the case unless data was
 * removed by hand) is shown as a comment on the object rather than lost.
 */
export function buildThread<T extends ThreadItem>(items: readonly T[]): Array<ThreadNode<T>> {
  const byTime = [...items].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  const nodes = new Map<string, ThreadNode<T>>(byTime.map((c) => [c.id, { comment: c, depth: 0, replies: [] }]));
  const roots: Array<ThreadNode<T>> = [];
  for (const item of byTime) {
    const node = nodes.get(item.id) as ThreadNode<T>;
    const parent = item.parentId ? nodes.get(item.parentId) : undefined;
    if (parent && parent !== node) parent.replies.push(node);
    else roots.push(node);
  }
  const setDepth = (list: Array<ThreadNode<T>>, depth: number, seen: Set<string>) => {
    for (const node of list) {
      if (seen.has(node.comment.id)) continue;
      seen.add(node.comment.id);
      node.depth = depth;
      setDepth(node.replies, depth + 1, seen);
    }
  };
  setDepth(roots, 0, new Set());
  return roots;
}

/**
 * Replies are stored at any depth but shown indented at most `cap` levels, so a long exchange stays
 * readable on a phone: deeper answers line up under the last indented level and name whom they answer.
 */
export function displayLevel(depth: number, cap: number): number {
  return Math.min(depth, cap);
}

/** Every node of the tree in reading order (depth first), for counts and flat lists. */
export function inReadingOrder<T extends ThreadItem>(roots: ReadonlyArray<ThreadNode<T>>): Array<ThreadNode<T>> {
  const out: Array<ThreadNode<T>> = [];
  const walk = (list: ReadonlyArray<ThreadNode<T>>) => {
    for (const node of list) {
      out.push(node);
      walk(node.replies);
    }
  };
  walk(roots);
  return out;
}

/** Comments on the object shown per page, each with all its answers. */
export const COMMENTS_PER_PAGE = 30;

/** How many pages a thread with this many comments on the object has (at least one). */
export function pageCount(rootCount: number, perPage = COMMENTS_PER_PAGE): number {
  return Math.max(1, Math.ceil(rootCount / perPage));
}

/** The page that shows the comment on the object at this index (from 0), counted from 1. */
export function pageOfRoot(rootIndex: number, perPage = COMMENTS_PER_PAGE): number {
  return Math.floor(Math.max(0, rootIndex) / perPage) + 1;
}

/**
 * The page to show for the number asked for in the address: a page past the end shows the last one,
 * anything that is not a page number (missing, zero, negative, words) the first.
 */
export function shownPage(asked: string | null | undefined, last: number): number {
  const n = asked && /^\d{1,9}$/.test(asked.trim()) ? Number(asked.trim()) : 1;
  if (n < 1) return 1;
  return Math.min(n, Math.max(1, last));
}
