import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream } from "pdf-lib";

/** WinAnsi bytes 0x80–0x9F that differ from Latin-1 (the ones our letters may use). */
const winAnsi: Record<number, string> = {
  128: "€",
  130: "‚",
  132: "„",
  133: "…",
  145: "‘",
  146: "’",
  147: "“",
  148: "”",
  149: "•",
  150: "–",
  151: "—",
};

function decodeBytes(bytes: number[]): string {
  return bytes.map((b) => winAnsi[b] ?? String.fromCharCode(b)).join("");
}

function hexBytes(hex: string): number[] {
  const clean = hex.replace(/\s+/g, "");
  const out: number[] = [];
  for (let i = 0; i < clean.length; i += 2) out.push(Number.parseInt(clean.slice(i, i + 2).padEnd(2, "0"), 16));
  return out;
}

/**
 * The pages of a PDF and the text each page shows, one drawn string per line: the content streams
 * are decompressed and the strings of the text operators decoded as WinAnsi (the standard fonts).
 */
export async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return doc.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams =
      contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
    const lines: string[] = [];
    for (const stream of streams) {
      if (!(stream instanceof PDFRawStream)) continue;
      const operators = Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1");
      for (const match of operators.matchAll(/<([0-9A-Fa-f\s]*)>\s*Tj/g))
        lines.push(decodeBytes(hexBytes(match[1] ?? "")));
    }
    return lines.join("\n");
  });
}
