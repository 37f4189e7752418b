/**
 * SHA-256 of UTF-8 text as lowercase hex. node:crypto is a pure function here (no I/O), and the
 * same digest is what anyone recomputes with `sha256sum` or the script in docs/.
 */
import { createHash } from "node:crypto";

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
