import type { Deps } from "../../../platform/deps";
import { isPublicAddress } from "../../../platform/http/outbound";

/** Where the platform serves the demo's SensorThings service (http/demo-sensorthings-routes.ts). */
export const DEMO_SENSORTHINGS_BASE_PATH = "/demo/sensorthings/v1.1";

/** The service root of the demo's SensorThings service, as the demo's source is configured with. */
export function demoSensorThingsBase(deps: Pick<Deps, "config">): string {
  return `${new URL(deps.config.baseUrl).origin}${DEMO_SENSORTHINGS_BASE_PATH}`;
}

/** Whether an address lies within the platform's own demo service while the demo is on. */
function isOwnDemoService(deps: Pick<Deps, "config">, address: string | URL | undefined): boolean {
  if (!deps.config.SEED_DEMO || address === undefined) return false;
  try {
    const url = new URL(address);
    return (
      url.origin === new URL(deps.config.baseUrl).origin &&
      (url.pathname === DEMO_SENSORTHINGS_BASE_PATH || url.pathname.startsWith(`${DEMO_SENSORTHINGS_BASE_PATH}/`))
    );
  } catch {
    return false;
  }
}

/**
 * Whether a source at `address` may reach private networks. By default only public addresses may
 * be reached: the address is typed by a team member, so it must not become a way into the city's own
 * network. An operator whose measuring network is internal allows private addresses with
 * `OUTBOUND_ALLOW_PRIVATE_NETWORK=true` (docs/operations.md). The one exception is the platform's
 * own demo service, which answers from memory with invented values and never redirects.
 */
export function allowsPrivateNetwork(deps: Pick<Deps, "config">, address?: string | URL): boolean {
  return deps.config.OUTBOUND_ALLOW_PRIVATE_NETWORK || isOwnDemoService(deps, address);
}

/**
 * Whether the settings form refuses this address: an IP literal that is not public (loopback,
 * private, link-local …), or a `localhost` name. Other names are checked after their lookup, at the
 * moment of every fetch (platform/http/outbound.ts), since a name can point elsewhere tomorrow.
 */
export function refusesHost(deps: Pick<Deps, "config">): (url: URL) => boolean {
  return (url) => {
    if (allowsPrivateNetwork(deps, url)) return false;
    const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
    if (host === "localhost" || host.endsWith(".localhost") || host === "localhost.") return true;
    const literal = /^[\d.]+$/.test(host) || host.includes(":");
    return literal && !isPublicAddress(host);
  };
}
