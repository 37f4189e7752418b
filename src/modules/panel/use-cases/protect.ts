import { createCipheriv, createDecipheriv } from "node:crypto";
import type { Executor } from "../../../platform/db/database";
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

/** Letters people can't confuse (no I, L, O, U), as in Crockford's base 32. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** 12 characters of 5 bits: 60 bits, printed as three groups of four. */
const CODE_LENGTH = 12;

export function newInvitationCode(random: RandomBytes): string {
  const bytes = random(CODE_LENGTH);
  let code = "";
  for (const byte of bytes) code += ALPHABET[byte & 31];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`;
}

/** What people type: any case, with or without dashes and spaces; O read as 0, I and L as 1. */
export function normaliseInvitationCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

export function isWellFormedInvitationCode(input: string): boolean {
  const code = normaliseInvitationCode(input);
  return code.length === CODE_LENGTH && [...code].every((ch) => ALPHABET.includes(ch));
}

export function invitationCodeHash(input: string): string {
  return hashToken(`panel-invitation:${normaliseInvitationCode(input)}`);
}

/** Pseudonymous ids on the published lottery list: "P-" and 8 characters (40 random bits). */
export function newPseudonym(random: RandomBytes): string {
  let id = "";
  for (const byte of random(8)) id += ALPHABET[byte & 31];
  return `P-${id}`;
}

/**
 * Writes rows as CSV (RFC 4180, every field quoted). A field that starts with =, +, - or @ gets a
 * leading apostrophe, so a spreadsheet opening the letters never runs it as a formula.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const field = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return `"${safe.replace(/"/g, '""')}"`;
  };
  return `${rows.map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}
