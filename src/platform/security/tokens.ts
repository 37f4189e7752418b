import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** The randomness source, injected so tests and draws can be reproduced. Returns `size` random bytes. */
export type RandomBytes = (size: number) => Buffer;
export const cryptoRandomBytes: RandomBytes = (size) => randomBytes(size);

/** A random token of `bytes` bytes (default 16 = 128 bit) in URL-safe base64. */
export function newToken(random: RandomBytes, bytes = 16): string {
  return random(bytes).toString("base64url");
}

/** Tokens are stored only as SHA-256 hashes, so a database leak reveals no usable token. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function hmac(key: string, value: string): string {
  return createHmac("sha256", key).update(value).digest("base64url");
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
