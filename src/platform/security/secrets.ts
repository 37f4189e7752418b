import { eq } from "drizzle-orm";
import type { Executor } from "../db/database";
import { appSecrets } from "./schema";
import { newToken, type RandomBytes } from "./tokens";

/**
 * Returns the named server secret, creating it on first use. Stored in the database (not in
 * process memory) so that every process behind a load balancer signs and checks the same way.
 */
export async function ensureSecret(db: Executor, name: string, random: RandomBytes): Promise<string> {
  await db
    .insert(appSecrets)
    .values({ name, value: newToken(random, 32) })
    .onConflictDoNothing();
  const [row] = await db.select().from(appSecrets).where(eq(appSecrets.name, name));
  if (!row) throw new Error(`secret ${name} could not be created`);
  return row.value;
}
