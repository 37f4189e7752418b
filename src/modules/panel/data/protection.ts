import { createCipheriv, createDecipheriv } from "node:crypto";
import type { Executor } from "../../../platform/db/database";
import { normaliseLetterCode } from "../../../platform/security/letter-codes";
import { ensureSecret } from "../../../platform/security/secrets";
import { hashToken, type RandomBytes } from "../../../platform/security/tokens";

/**
 * Protection of the panel's personal data: address files encrypted at rest with AES-256-GCM under a
 * server secret kept in the database, and invitation codes of 60 random bits, stored only hashed.
 */
const SECRET_NAME = "panel-address-files";

async function fileKey(db: Executor, random: RandomBytes): Promise<Buffer> {
  const secret = await ensureSecret(db, SECRET_NAME, random);
  const key = Buffer.from(secret, "base64url");
  if (key.length !== 32) throw new Error("the address-file key must be 32 bytes");
  return key;
}

/** Encrypts text; the result holds the nonce, the authentication tag and the ciphertext. */
export async function encryptText(db: Executor, random: RandomBytes, plain: string): Promise<string> {
  const key = await fileKey(db, random);
  const iv = random(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64"), cipher.getAuthTag().toString("base64"), body.toString("base64")].join(":");
}

export async function decryptText(db: Executor, random: RandomBytes, sealed: string): Promise<string> {
  const [version, iv, tag, body] = sealed.split(":");
  if (version !== "v1" || !iv || !tag || body === undefined) throw new Error("unknown address-file format");
  const key = await fileKey(db, random);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64"));
  decipher.setAuthTag(Buffer.from(tag, "base64"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64")), decipher.final()]).toString("utf8");
}

/** What is stored of an invitation code: its hash, taken of the code as people may type it. */
export function invitationCodeHash(input: string): string {
  return hashToken(`panel-invitation:${normaliseLetterCode(input)}`);
}
