/**
 * The rules for images and documents of an entry. A file's type is read from its content, never from
 * its name or the type the browser sent; images are re-encoded by the platform's image rule (scaled
 * down, without metadata) and documents (PDF only) are kept as sent.
 */

/** The largest file taken, before an image is re-encoded. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
/** Images and documents of one draft or entry together. */
export const MAX_ATTACHMENTS = 5;
/** The description: required for images (it is their text alternative), optional for documents. */
export const DESCRIPTION_MIN = 3;
export const DESCRIPTION_MAX = 250;
/** The upload route's body limit: one file and its form fields. */
export const UPLOAD_BODY_BYTES = MAX_ATTACHMENT_BYTES + 256 * 1024;

/**
 * The types taken, as detected from the content. Images are the platform's (JPEG, PNG, WebP; see
 * src/platform/uploads/images.ts, which re-encodes them as WebP); documents are the Arena's own.
 */
export const imageTypes = ["image/jpeg", "image/png", "image/webp"] as const;
export const documentTypes = ["application/pdf"] as const;
export type AcceptedType = (typeof imageTypes)[number] | (typeof documentTypes)[number];

const extensions: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "application/pdf": "pdf",
};

export type AttachmentKind = "image" | "document";

/** What a detected type is allowed as, or null when it is not taken. */
export function kindOfType(mediaType: string | undefined): AttachmentKind | null {
  if ((imageTypes as readonly string[]).includes(mediaType ?? "")) return "image";
  if ((documentTypes as readonly string[]).includes(mediaType ?? "")) return "document";
  return null;
}

/** The reason a file is refused before its content is looked at, as a message key; null if none. */
export function uploadRefusal(size: number, existing: number): string | null {
  if (size === 0) return "arena.errors.attachmentMissing";
  if (size > MAX_ATTACHMENT_BYTES) return "arena.errors.attachmentTooLarge";
  if (existing >= MAX_ATTACHMENTS) return "arena.errors.attachmentTooMany";
  return null;
}

/** The reason a description is refused, as a message key; null if it is fine for this kind of file. */
export function descriptionRefusal(kind: AttachmentKind, description: string): string | null {
  const text = description.trim();
  if (text.length > DESCRIPTION_MAX) return "arena.errors.attachmentDescriptionLong";
  if (kind === "image" && text.length < DESCRIPTION_MIN) return "arena.errors.attachmentDescription";
  return null;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const unsafeCharacters = /[\u0000-\u001f\u007f-\u009f/\\:*?"<>|;%`$]/g;

/** A file name without control characters or path parts, as people see it in a list. */
export function plainFileName(name: string): string {
  const last = name.split(/[/\\]/).pop() ?? "";
  return last.replace(unsafeCharacters, "").trim().slice(0, 120);
}

/**
 * The name a file is offered under: the original name's letters, digits, spaces, dots, dashes and
 * underscores (at most 80 characters), with the extension of the type actually stored. A name with
 * nothing left becomes `fallback`.
 */
export function downloadFileName(original: string, mediaType: string, fallback = "attachment"): string {
  const base = plainFileName(original)
    .normalize("NFC")
    .replace(/\.[^.]*$/, "")
    .replace(/[^\p{L}\p{N} ._-]/gu, "_")
    .replace(/\s+/g, " ")
    .replace(/_+/g, "_")
    .replace(/^[\s._-]+|[\s._-]+$/g, "")
    .slice(0, 80)
    .trim();
  const extension = extensions[mediaType] ?? "bin";
  return `${base || fallback}.${extension}`;
}

/**
 * The Content-Disposition of a stored file: images open in the browser, documents are downloaded.
 * The name is given twice: plain ASCII for old clients, and in UTF-8 (RFC 6266, RFC 8187).
 */
export function contentDisposition(kind: AttachmentKind, fileName: string): string {
  const ascii = fileName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind === "image" ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
