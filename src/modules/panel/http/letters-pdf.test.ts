import { parse } from "csv-parse/sync";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, signIn } from "../../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { uploadFile, visibleText } from "../../../../tests/support/panel/browser";
import { pdfPages } from "../../../../tests/support/pdf-text";

let t: TestApp;
let coordinator: BrowserClient;
let panelId = "";
let rows: Array<Record<string, string>> = [];

const quotas = `feature,value,min,max,population_share
gender,female,1,2,51
gender,male,1,2,49
`;

const addresses = [
  "name,street,postcode,city",
  "Jördis Größe-Müller,Straße des 17. Juni 135,10623,Berlin",
  "Ülkü Öztürk,Alt-Moabit 1,10557,Berlin",
  "Peter Weiß,Karl-Marx-Allee 3,10178,Berlin",
].join("\n");

async function pdfOf(response: Response): Promise<Uint8Array> {
  return new Uint8Array(await response.arrayBuffer());
}

beforeAll(async () => {
  t = await createTestApp();
  coordinator = new BrowserClient(t.app);
  await signIn(
    coordinator,
    t.deps,
    await createAccount(t.deps, {
      email: "account-1@example.org",
      displayName: "Koordination",
      roles: ["strategy_office"],
    }),
  );
  await coordinator.get("/panels/new");
  const created = await coordinator.post("/panels/new", {
    name: "Bürger:innenrat Test",
    size: "2",
    lotterySize: "100",
    quotas,
  });
  panelId = (created.headers.get("location") ?? "").split("/")[2] ?? "";
  await coordinator.get(`/panels/${panelId}/manage`);
  expect((await uploadFile(t, coordinator, `/panels/${panelId}/sample`, "sample", addresses)).status).toBe(303);
  await coordinator.get(`/panels/${panelId}/manage`);
  expect((await coordinator.post(`/panels/${panelId}/invitations`, {})).status).toBe(303);
  rows = parse(await (await coordinator.get(`/panels/${panelId}/letters.csv`)).text(), { columns: true });
});
afterAll(() => t.close());

describe("invitation letters as PDF", () => {
  it("links the PDF beside the CSV and the print view, without the old note", async () => {
    await coordinator.get(`/panels/${panelId}/manage`);
    expect(coordinator.lastHtml).toContain(`href="/panels/${panelId}/letters.pdf"`);
    const text = visibleText(coordinator.lastHtml);
    expect(text).toContain("Briefe als PDF");
    expect(text).toContain("Briefe als CSV (Serienbrief)");
    expect(text).not.toContain("keine PDF-Ausgabe");
  });

  it("answers a PDF with one A4 letter per address: address, code and registration address", async () => {
    const response = await coordinator.get(`/panels/${panelId}/letters.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="letters-${panelId}.pdf"`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const pdf = await pdfOf(response);
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(3);
    expect(doc.getTitle()).toBe("Einladungsbriefe");

    const pages = await pdfPages(pdf);
    expect(rows).toHaveLength(3);
    rows.forEach((row, i) => {
      const page = pages[i] ?? "";
      expect(page).toContain(row.invitation_code);
      expect(page).toContain(row.registration_url);
      expect(page).toContain(row.name);
      expect(page).toContain(row.street);
      expect(page).toContain(`Brief Nr. ${row.letter_number}`);
      expect(page).toContain("Einladung zum Bürger:innenrat „Bürger:innenrat Test“");
      expect(page).toContain("Ihr persönlicher Code:");
      for (const other of rows) if (other !== row) expect(page).not.toContain(other.invitation_code);
    });
    expect(pages[0]).toContain("Jördis Größe-Müller");
    expect(pages[0]).toContain("Straße des 17. Juni 135");
    expect(pages[1]).toContain("Ülkü Öztürk");
  });

  it("writes the letters in the reader's language", async () => {
    const [page = ""] = await pdfPages(await pdfOf(await coordinator.get(`/panels/${panelId}/letters.pdf?lang=en`)));
    expect(page).toContain("Invitation to the citizen panel “Bürger:innenrat Test”");
    expect(page).toContain("Your personal code:");
    expect(page).toContain("Please register here:");
    await coordinator.get(`/panels/${panelId}/manage?lang=de`);
  });

  it("keeps the PDF from guests and residents exactly like the CSV", async () => {
    const guest = new BrowserClient(t.app);
    const resident = new BrowserClient(t.app);
    await signIn(
      resident,
      t.deps,
      await createAccount(t.deps, { email: "account-2@example.org", displayName: "Anwohnerin", roles: [] }),
    );
    for (const [browser, status] of [
      [guest, 401],
      [resident, 403],
    ] as const) {
      expect((await browser.get(`/panels/${panelId}/letters.csv`)).status).toBe(status);
      const pdf = await browser.get(`/panels/${panelId}/letters.pdf`);
      expect(pdf.status).toBe(status);
      expect(pdf.headers.get("content-type")).not.toContain("application/pdf");
    }
  });

  it("is refused like the CSV once the letters are deleted", async () => {
    await coordinator.get(`/panels/${panelId}/manage`);
    expect((await coordinator.post(`/panels/${panelId}/letters/delete`, {})).status).toBe(200);
    expect((await coordinator.post(`/panels/${panelId}/letters/delete`, { confirm: "yes" })).status).toBe(303);
    const csv = await coordinator.get(`/panels/${panelId}/letters.csv`);
    const pdf = await coordinator.get(`/panels/${panelId}/letters.pdf`);
    expect(csv.status).toBe(409);
    expect(pdf.status).toBe(csv.status);
    expect(pdf.headers.get("content-type")).not.toContain("application/pdf");
    expect(visibleText(await pdf.text())).toContain("Es liegen keine Briefe vor.");
  });
});
