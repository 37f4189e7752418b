import { createCipheriv, createDecipheriv, createHash } from "node:crypto";
import type { Executor } from "../db/database";
import { ensureSecret } from "./secrets";
import type { RandomBytes } from "./tokens";

/**
 * Encrypts short secrets kept in the database (AES-256-GCM), so a copy of one table alone — a dump,
 * a backup of it, a log of a query — does not reveal them. The key is the named server secret.
 */
export interface SealingKey {
  key: Buffer;
}

export async function sealingKey(db: Executor, name: string, random: RandomBytes): Promise<SealingKey> {
  const secret = await ensureSecret(db, name, random);
  return { key: createHash("sha256").update(`seal:${secret}`).digest() };
}

/** `v1.<iv>.<tag>.<ciphertext>`, each part in URL-safe base64. */
export function seal(key: SealingKey, plaintext: string, random: RandomBytes): string {
  const iv = random(12);
  const cipher = createCipheriv("aes-256-gcm", key.key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The plaintext, or null when the sealed text was changed or sealed with another key. */
export function unseal(key: SealingKey, sealed: string): string | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
