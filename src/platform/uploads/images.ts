import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";

/**
 * The rule for images people upload, wherever they upload them. The type is read from the bytes,
 * never from the file's name or the type the browser sent; only JPEG, PNG and WebP are taken; every
 * image is re-encoded (turned upright, scaled down to `MAX_IMAGE_SIDE` on its long side, written as
 * WebP) so that nothing of the original file is kept but its pixels: no EXIF with the place it was
 * taken, no XMP, no comments, no colour profile.
 */

/** The largest image file taken, before it is re-encoded. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** The long side of a stored image, in pixels; larger images are scaled down. */
export const MAX_IMAGE_SIDE = 2000;
/** Images with more pixels than this are not decoded at all (a small file can unpack to gigabytes). */
export const MAX_IMAGE_PIXELS = 50_000_000;
/** The types taken, as detected from the content. */
export const imageTypes = ["image/jpeg", "image/png", "image/webp"] as const;
/** The type every image is stored in after re-encoding. */
export const STORED_IMAGE_TYPE = "image/webp";
/** The `accept` attribute of an image field (a hint for the browser's file picker, nothing more). */
export const IMAGE_ACCEPT = "image/jpeg,image/png,image/webp,.jpg,.jpeg,.png,.webp";

/** A route's body limit for one file of `fileBytes` and the form's other fields. */
export function uploadBodyBytes(fileBytes: number): number {
  return fileBytes + 256 * 1024;
}

/** The type of a file as its content says, or undefined when the bytes say nothing known. */
export async function detectedType(bytes: Uint8Array): Promise<string | undefined> {
  return (await fileTypeFromBuffer(bytes))?.mime;
}

export function isImageType(mediaType: string | undefined): boolean {
  return (imageTypes as readonly string[]).includes(mediaType ?? "");
}

/**
 * Re-encodes an image: turned as its orientation says, scaled down to the long side allowed, written
 * anew as WebP. sharp writes no metadata unless asked to. Throws on a broken image or one with far
 * too many pixels.
 */
export async function reencodeImage(bytes: Uint8Array): Promise<Buffer> {
  return sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" })
    .rotate()
    .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: "inside", withoutEnlargement: true })
    .webp({ quality: 82 })
    .toBuffer();
}

/** Why an image is refused: no file, too large, not an image, or an image that cannot be read. */
export type ImageRefusal = "missing" | "tooLarge" | "notAnImage" | "unreadable";

export type CheckedImage = { ok: true; mediaType: string; content: Buffer } | { ok: false; refusal: ImageRefusal };

/** An uploaded image as it is stored (re-encoded, without metadata), or the reason it is refused. */
export async function checkedImage(bytes: Uint8Array, maxBytes = MAX_IMAGE_BYTES): Promise<CheckedImage> {
  if (bytes.length === 0) return { ok: false, refusal: "missing" };
  if (bytes.length > maxBytes) return { ok: false, refusal: "tooLarge" };
  if (!isImageType(await detectedType(bytes))) return { ok: false, refusal: "notAnImage" };
  try {
    return { ok: true, mediaType: STORED_IMAGE_TYPE, content: await reencodeImage(bytes) };
  } catch {
    return { ok: false, refusal: "unreadable" };
  }
}
