import { eq, sql } from "drizzle-orm";
import type { Executor } from "../../../platform/db/database";
import { arenaCollaborations, arenaEntries, arenaSupports } from "./schema";

export interface ReaderState {
  supported: boolean;
  /** The reader's own offer to take part, while it is open or accepted. */
  offer: "pending" | "accepted" | null;
}

/** What one signed-in reader did on an entry (a support, an offer), in one query for the entry page. */
export async function readerStateOf(db: Executor, entryId: string, accountId: string): Promise<ReaderState> {
  const [row] = await db
    .select({
      supported: sql<boolean>`exists (select 1 from ${arenaSupports} where ${arenaSupports.entryId} = ${entryId} and ${arenaSupports.accountId} = ${accountId})`,
      offer: sql<
        string | null
      >`(select ${arenaCollaborations.status} from ${arenaCollaborations} where ${arenaCollaborations.entryId} = ${entryId} and ${arenaCollaborations.accountId} = ${accountId} and ${arenaCollaborations.status} in ('pending', 'accepted') limit 1)`,
    })
    .from(arenaEntries)
    .where(eq(arenaEntries.id, entryId));
  const offer = row?.offer === "pending" || row?.offer === "accepted" ? row.offer : null;
  return { supported: row?.supported === true, offer };
}
