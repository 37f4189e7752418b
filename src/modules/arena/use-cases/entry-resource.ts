import type { ResourceKind } from "../../../platform/resources/resources";
import { teamAccountIds } from "../data/collaborations";
import { addToCounts, findEntryById, setEntryFields } from "../data/entries";
import { isClosed, isEntryState } from "../domain/workflow";

/** The type under which comments, follows and reports name an arena entry. */
export const ENTRY_TYPE = "arena_entry";

export const entryPath = (number: number) => `/arena/${number}`;

/** An entry takes comments until it has its final answer and while it is not hidden. */
export function acceptsComments(entry: { hiddenReason: string | null; state: string }): boolean {
  return !entry.hiddenReason && !(isEntryState(entry.state) && isClosed(entry.state));
}

/**
 * Arena entries for the shared modules: people comment on them, follow them and report them.
 */
export const entryResource: ResourceKind = {
  type: ENTRY_TYPE,
  commentable: true,
  followable: true,
  reportable: true,
  async summary(db, id) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const entry = await findEntryById(db, id);
    if (!entry) return null;
    return {
      title: entry.title,
      href: entryPath(entry.number),
      authorIds: await teamAccountIds(db, entry.id),
      acceptsComments: acceptsComments(entry),
    };
  },
  commentsChanged: (tx, id, delta) => addToCounts(tx, id, { comments: delta }),
  hide: (tx, id, reason) => setEntryFields(tx, id, { hiddenReason: reason }),
};
