import type { Deps } from "../../../platform/deps";
import { listEntries } from "../data/entries";
import { latestStateChanges } from "../data/state-changes";

const FEED_SIZE = 50;

/** The newest entries, for the feed of new entries. */
export async function latestEntries(deps: Deps) {
  const { items } = await listEntries(deps.database.db, {}, { sort: "newest", limit: FEED_SIZE, offset: 0 });
  return items;
}

/** The newest public answers (changes of state), for the feed of answers. */
export async function latestAnswers(deps: Deps) {
  return latestStateChanges(deps.database.db, FEED_SIZE);
}
