import { describe, expect, it } from "vitest";
import {
  contentDisposition,
  descriptionRefusal,
  downloadFileName,
  kindOfType,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  plainFileName,
  uploadRefusal,
} from "./attachments";

describe("attachment rules", () => {
  it("takes JPEG, PNG and WebP as images and PDF as a document, nothing else", () => {
    expect(kindOfType("image/jpeg")).toBe("image");
    expect(kindOfType("image/png")).toBe("image");
    expect(kindOfType("image/webp")).toBe("image");
    expect(kindOfType("application/pdf")).toBe("document");
    for (const other of ["image/svg+xml", "text/html", "image/gif", "application/zip", "", undefined])
      expect(kindOfType(other)).toBeNull();
  });

  it("refuses empty and too large files and a file beyond the number allowed", () => {
    expect(uploadRefusal(0, 0)).toBe("arena.errors.attachmentMissing");
    expect(uploadRefusal(MAX_ATTACHMENT_BYTES, 0)).toBeNull();
    expect(uploadRefusal(MAX_ATTACHMENT_BYTES + 1, 0)).toBe("arena.errors.attachmentTooLarge");
    expect(uploadRefusal(10, MAX_ATTACHMENTS - 1)).toBeNull();
    expect(uploadRefusal(10, MAX_ATTACHMENTS)).toBe("arena.errors.attachmentTooMany");
  });

  it("asks for a description of every image, not of a document", () => {
    expect(descriptionRefusal("image", "  ")).toBe("arena.errors.attachmentDescription");
    expect(descriptionRefusal("image", "Der Schulhof im Sommer")).toBeNull();
    expect(descriptionRefusal("document", "")).toBeNull();
    expect(descriptionRefusal("document", "x".repeat(251))).toBe("arena.errors.attachmentDescriptionLong");
  });

  it("offers a file under a safe name with the extension of the stored type", () => {
    expect(downloadFileName("Plan Schulhof.pdf", "application/pdf")).toBe("Plan Schulhof.pdf");
    expect(downloadFileName("Foto vom Hof.JPG", "image/webp")).toBe("Foto vom Hof.webp");
    expect(downloadFileName("../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(downloadFileName("C:\\Users\\ada\\Größe.pdf", "application/pdf")).toBe("Größe.pdf");
    expect(downloadFileName('a"b;c\r\nd<script>.pdf', "application/pdf")).toBe("abcdscript.pdf");
    expect(downloadFileName("....", "application/pdf")).toBe("attachment.pdf");
    expect(downloadFileName("x".repeat(300), "application/pdf")).toBe(`${"x".repeat(80)}.pdf`);
    expect(plainFileName("a/b\\c\u0000d.png")).toBe("cd.png");
  });

  it("builds a Content-Disposition with a plain and a UTF-8 name", () => {
    expect(contentDisposition("document", "Größe.pdf")).toBe(
      `attachment; filename="Gro_e.pdf"; filename*=UTF-8''Gr%C3%B6%C3%9Fe.pdf`,
    );
    expect(contentDisposition("image", "Hof.webp")).toBe(`inline; filename="Hof.webp"; filename*=UTF-8''Hof.webp`);
  });
});
