import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { checkedImage, MAX_IMAGE_SIDE } from "./images";

describe("the image rule", () => {
  it("re-encodes a JPEG as WebP, upright, scaled down and without metadata", async () => {
    const jpeg = await sharp({ create: { width: 3000, height: 1000, channels: 3, background: "#3366aa" } })
      .jpeg()
      .withExif({ IFD0: { Make: "Testkamera" } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const result = await checkedImage(jpeg);
    if (!result.ok) throw new Error(result.refusal);
    expect(result.mediaType).toBe("image/webp");
    const meta = await sharp(result.content).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["webp", Math.round(MAX_IMAGE_SIDE / 3), MAX_IMAGE_SIDE]);
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
  });

  it("refuses no file, a too large file, text named as an image, a PDF and a broken image", async () => {
    const refusal = async (bytes: Uint8Array, max?: number) => {
      const result = await checkedImage(bytes, max);
      return result.ok ? null : result.refusal;
    };
    expect(await refusal(new Uint8Array())).toBe("missing");
    expect(await refusal(new Uint8Array(11), 10)).toBe("tooLarge");
    expect(await refusal(Buffer.from("<html><script>alert(1)</script></html>"))).toBe("notAnImage");
    expect(await refusal(Buffer.from("%PDF-1.4\n%%EOF\n"))).toBe("notAnImage");
    expect(await refusal(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("kein Bild")]))).toBe(
      "unreadable",
    );
  });
});
