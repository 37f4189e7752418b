import { isIP } from "node:net";
import type { Context } from "hono";
import type { AppEnv } from "./env";

/**
 * The client's address given the connection's address, the X-Forwarded-For header and how many
 * reverse proxies the operator put in front of the app (TRUST_PROXY). Each proxy appends the address
 * it received the request from, so with N trusted proxies the client is the N-th address from the
 * right of [header…, connection]; anything further left was written by the client and may be forged.
 * With 0 the header is ignored. A malformed entry falls back to the connection's address rather
 * than to a value everyone would share.
 */
export function pickClientAddress(
  connection: string | undefined,
  forwardedFor: string | null | undefined,
  trustedProxies: number,
): string {
  const direct = connection ?? "unknown";
  if (trustedProxies <= 0 || !forwardedFor) return direct;
  const chain = [
    ...forwardedFor
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
    direct,
  ];
  // A shorter chain than configured means fewer proxies were passed: the leftmost is the best known.
  const candidate = chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? direct;
  return isIP(candidate) ? candidate : direct;
}

/** The address of the client for rate limits: the TCP peer, or per TRUST_PROXY from X-Forwarded-For. */
export function clientAddress(c: Context<AppEnv>): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const trusted = c.get("deps")?.config.TRUST_PROXY ?? 0;
  return pickClientAddress(env?.incoming?.socket?.remoteAddress, c.req.header("x-forwarded-for"), trusted);
}
