import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { pdfPages } from "../../../tests/support/pdf-text";
import { type Letter, renderLettersPdf } from "./pdf-letters";

const letter = (code: string, extra: Partial<Letter> = {}): Letter => ({
  recipient: ["Frau Jördis Größe-Müller", "Straße des 17. Juni 135", "10623 Berlin"],
  reference: "Brief Nr. 1",
  heading: "Einladung zum Bürger:innenrat „Digitales Berlin“",
  paragraphs: ["Sie wurden zufällig ausgelost – machen Sie mit!"],
  codeLabel: "Ihr persönlicher Code:",
  code,
  urlLabel: "Melden Sie sich hier an:",
  url: "https://beteiligung.example/panels/abc/register",
  ...extra,
});

describe("renderLettersPdf", () => {
  it("writes one A4 page per letter with German characters, the code and the address", async () => {
    const pdf = await renderLettersPdf([letter("K7QM-2XHD-9RTA"), letter("ABCD-2345-WXYZ")], {
      title: "Einladungsbriefe",
      language: "de",
      sender: "Stadt Berlin · Strategiebüro",
    });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(2);
    const { width, height } = doc.getPage(0).getSize();
    expect(Math.round((width * 25.4) / 72)).toBe(210);
    expect(Math.round((height * 25.4) / 72)).toBe(297);
    expect(doc.getTitle()).toBe("Einladungsbriefe");

    const pages = await pdfPages(pdf);
    expect(pages[0]).toContain("K7QM-2XHD-9RTA");
    expect(pages[0]).not.toContain("ABCD-2345-WXYZ");
    expect(pages[1]).toContain("ABCD-2345-WXYZ");
    expect(pages[0]).toContain("Frau Jördis Größe-Müller");
    expect(pages[0]).toContain("Straße des 17. Juni 135");
    expect(pages[0]).toContain("Einladung zum Bürger:innenrat „Digitales Berlin“");
    expect(pages[0]).toContain("ausgelost – machen");
    expect(pages[0]).toContain("https://beteiligung.example/panels/abc/register");
  });

  it("wraps long paragraphs, breaks long addresses and replaces characters the fonts lack", async () => {
    const long = "Beteiligung ".repeat(60).trim();
    const url = `https://beteiligung.example/${"x".repeat(150)}`;
    const pdf = await renderLettersPdf([letter("K7QM", { paragraphs: [long, "Emoji 🙂 und ẞ"], url, recipient: [] })], {
      title: "T",
      language: "de",
    });
    const [page = ""] = await pdfPages(pdf);
    const lines = page.split("\n");
    expect(lines.filter((line) => line.startsWith("Beteiligung")).length).toBeGreaterThan(3);
    expect(lines.join("").replace(/\s/g, "")).toContain(url);
    expect(page).toContain("Emoji ? und SS");
  });

  it("writes an empty but valid document for no letters", async () => {
    const pdf = await renderLettersPdf([], { title: "T", language: "en" });
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(0);
  });
});
