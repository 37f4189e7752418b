import { clientAddress as platformClientAddress } from "../../../platform/http/client-address";
import type { AppContext } from "../../../platform/http/env";

/** The client's address for rate limits, read the platform's way (TRUST_PROXY behind a proxy). */
export function clientAddress(c: AppContext): string {
  return platformClientAddress(c);
}
