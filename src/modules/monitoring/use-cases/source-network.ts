import type { Deps } from "../../../platform/deps";
import { isPublicAddress } from "../../../platform/http/outbound";

/**
 * Which networks automatic data sources may reach. By default only public addresses: the address
 * is typed by a team member, so it must not become a way into the city's own network. An operator
 * whose measuring network is internal allows private addresses with
 * `OUTBOUND_ALLOW_PRIVATE_NETWORK=true` (docs/operations.md).
 */
export function allowsPrivateNetwork(deps: Pick<Deps, "config">): boolean {
  return deps.config.OUTBOUND_ALLOW_PRIVATE_NETWORK;
}

/**
 * Whether the settings form refuses this address: an IP literal that is not public (loopback,
 * private, link-local …), or a `localhost` name. Other names are checked after their lookup, at the
 * moment of every fetch (platform/http/outbound.ts), since a name can point elsewhere tomorrow.
 */
export function refusesHost(allowPrivateNetwork: boolean): (url: URL) => boolean {
  return (url) => {
    if (allowPrivateNetwork) return false;
    const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
    if (host === "localhost" || host.endsWith(".localhost") || host === "localhost.") return true;
    const literal = /^[\d.]+$/.test(host) || host.includes(":");
    return literal && !isPublicAddress(host);
  };
}
