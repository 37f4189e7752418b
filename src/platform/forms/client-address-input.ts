import { z } from "zod";

/**
 * The client's address as a field of a use case's input, filled by the route from `clientAddress(c)`
 * (never by the form), so the use case's rate limit can count per address as well as per account.
 */
export const clientAddressInput = z.string().max(100).default("unknown");
