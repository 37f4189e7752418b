import sharp from "sharp";

/**
 * A photo as a phone takes it: 2400 × 1200 pixels, to be turned by its EXIF orientation, with the
 * camera and the place (GPS tags) in its metadata — what an upload must not keep.
 */
export function photoWithLocation(): Promise<Buffer> {
  return sharp({ create: { width: 2400, height: 1200, channels: 3, background: { r: 40, g: 120, b: 200 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: "Kamera der Nachbarin" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "52/1 31/1 12/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "13/1 24/1 18/1",
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}
