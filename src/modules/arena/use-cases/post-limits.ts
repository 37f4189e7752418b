import type { Actor } from "../../../platform/permissions/permissions";

/** Entries, offers and consortium requests one account may send per hour. */
const PER_ACCOUNT = { limit: 20, windowSeconds: 60 * 60 };
/**
 * …and all accounts behind one client address together: enough for a school class or a workshop
 * on one network, too few for a batch of fresh accounts flooding the Arena.
 */
const PER_ADDRESS = { limit: 60, windowSeconds: 60 * 60 };

/** The rate limits of everything the Arena shows to others, counted together per account and address. */
export function arenaPostLimits(input: { clientAddress: string }, actor: Actor) {
  return [
    { key: `arena-post:account:${actor.kind === "user" ? actor.id : "guest"}`, rule: PER_ACCOUNT },
    { key: `arena-post:address:${input.clientAddress}`, rule: PER_ADDRESS },
  ];
}
