import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Hono } from "hono";
import type { AppEnv } from "./env";

const assetsDir = fileURLToPath(new URL("../../ui/assets", import.meta.url));
const contentTypes: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

/** A file composed in memory (the stylesheet, the fonts); `immutable` when its name holds its content hash. */
export interface GeneratedAsset {
  name: string;
  body: Uint8Array;
  type: string;
  immutable: boolean;
}

/**
 * Serves the design system's files from memory. Only files present at start are served, so no
 * request can reach anything else on disk. `generated` adds files composed at start; those named
 * after their content are cached by browsers for a year.
 */
export function mountStaticAssets(app: Hono<AppEnv>, generated: () => GeneratedAsset[] = () => []): void {
  const files = new Map<
    string,
    { body: Uint8Array; gzipped?: Uint8Array; type: string; etag: string; immutable?: boolean }
  >();
  /** Text files are also kept gzipped (the stylesheet shrinks from about 97 KB to 15 KB). */
  const gzipped = (type: string, body: Uint8Array) =>
    /^(text\/|image\/svg)/.test(type) ? new Uint8Array(gzipSync(body, { level: 9 })) : undefined;
  for (const name of readdirSync(assetsDir)) {
    const type = contentTypes[extname(name)];
    if (!type) continue;
    const body = readFileSync(join(assetsDir, name));
    files.set(name, {
      body,
      gzipped: gzipped(type, body),
      type,
      etag: `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`,
    });
  }
  let generatedLoaded = false;
  app.get("/assets/:name", async (c, next) => {
    if (!generatedLoaded) {
      for (const asset of generated()) {
        const etag = `"${createHash("sha1").update(asset.body).digest("hex").slice(0, 16)}"`;
        files.set(asset.name, {
          body: asset.body,
          gzipped: gzipped(asset.type, asset.body),
          type: asset.type,
          etag,
          immutable: asset.immutable,
        });
      }
      generatedLoaded = true;
    }
    const file = files.get(c.req.param("name"));
    // A missing file goes on through the platform's middleware, so it gets the HTML 404 page in the
    // visitor's language like any other missing page (a JSON answer only for /api).
    if (!file) return next();
    // The gzipped form is another representation, so it has its own ETag.
    const gzip = file.gzipped !== undefined && /\bgzip\b/.test(c.req.header("accept-encoding") ?? "");
    const etag = gzip ? file.etag.replace(/"$/, '-gz"') : file.etag;
    if (c.req.header("if-none-match") === etag) return c.body(null, 304);
    const headers: Record<string, string> = {
      "Content-Type": file.type,
      ETag: etag,
      "Cache-Control": file.immutable ? "public, max-age=31536000, immutable" : "public, max-age=3600",
    };
    if (file.gzipped) headers.Vary = "Accept-Encoding";
    if (gzip && file.gzipped) return c.body(file.gzipped.slice(), 200, { ...headers, "Content-Encoding": "gzip" });
    return c.body(new Uint8Array(file.body), 200, headers);
  });
}
