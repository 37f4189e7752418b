import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { visibleText as visible } from "../../../../tests/support/html";
import { photoWithLocation } from "../../../../tests/support/images";
import { strategyModule } from "../../strategy";
import { arenaPersonalData } from "../data/personal-data";
import { arenaAttachments, arenaEntries } from "../data/schema";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "../domain/attachments";
import { arenaModule } from "../module";

let t: TestApp;
const now = new Date(Date.UTC(2026, 10, 2, 9));

async function smallPng(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 4, background: { r: 0, g: 90, b: 200, alpha: 0.5 } } })
    .png()
    .toBuffer();
}

/** A minimal PDF (the header is what tells it apart; readers need little more). */
const pdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

/** A resident's draft that went through the first five steps; the browser stands on its last step. */
async function draftAtReview(browser: BrowserClient, title: string): Promise<string> {
  await browser.get("/arena/new");
  const start = await browser.post("/arena/new", {});
  const draftPath = (start.headers.get("location") ?? "").replace(/\/problem$/, "");
  await browser.get(`${draftPath}/problem`);
  const steps: Array<[string, Record<string, string | string[]>]> = [
    ["problem", { title, problem: "Auf dem Schulhof wird es im Sommer viel zu heiß für die Kinder.", affected: "" }],
    ["approach", { approach: "Bäume pflanzen und Sonnensegel aufhängen.", kind: "idea" }],
    ["place", { actionFieldIds: ["RW-2"], scope: "city" }],
    ["compass", { "score.sustainable": "2", "reason.sustainable": "Mehr Schatten." }],
    ["offers", { offers: ["space"], needs: ["money"], offerNote: "", needNote: "" }],
  ];
  for (const [step, fields] of steps) {
    const saved = await browser.post(`${draftPath}/${step}`, { go: "next", ...fields });
    expect(saved.status, step).toBe(303);
    await browser.get(saved.headers.get("location") ?? "");
  }
  expect(browser.lastHtml).toContain('id="attachments"');
  return draftPath;
}

/** Sends the upload form of the last step as a browser does (multipart, with the CSRF token). */
async function upload(
  browser: BrowserClient,
  draftPath: string,
  file: { bytes: Uint8Array | string; name: string; type: string },
  description = "",
): Promise<Response> {
  const form = new FormData();
  form.append("_csrf", browser.csrfToken());
  const bytes = typeof file.bytes === "string" ? file.bytes : new Uint8Array(file.bytes);
  form.append("file", new File([bytes], file.name, { type: file.type }));
  form.append("description", description);
  const response = await t.app.request(`http://localhost${draftPath}/attachments`, {
    method: "POST",
    headers: { cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
    body: form,
  });
  if ((response.headers.get("content-type") ?? "").includes("text/html"))
    browser.lastHtml = await response.clone().text();
  return response;
}

async function attachmentsOfDraft(draftPath: string) {
  const draftId = draftPath.split("/").pop() ?? "";
  return t.deps.database.db.select().from(arenaAttachments).where(eq(arenaAttachments.draftId, draftId));
}

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
  await strategyModule.seed?.(t.deps);
  await arenaModule.seed?.(t.deps);
});
afterAll(async () => t.close());

describe("images and documents of an entry", () => {
  it("re-encodes a photo: turned upright, scaled down, without EXIF, GPS or camera", async () => {
    const { browser } = await signedIn(t, { name: "Fotografin" });
    const draftPath = await draftAtReview(browser, "Schatten für den Schulhof");
    const photo = await photoWithLocation();
    const before = await sharp(photo).metadata();
    expect(before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true); // the GPS tags' pointer
    expect(before.orientation).toBe(6);

    const response = await upload(
      browser,
      draftPath,
      { bytes: photo, name: "IMG_2041.JPG", type: "image/jpeg" },
      "Der Schulhof in der Mittagssonne, ohne Schatten",
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${draftPath}/review#attachments`);
    const [stored] = await attachmentsOfDraft(draftPath);
    expect(stored?.mediaType).toBe("image/webp");
    expect(stored?.fileName).toBe("IMG_2041.webp");
    const after = await sharp(stored?.content).metadata();
    expect(after.format).toBe("webp");
    expect([after.width, after.height]).toEqual([1000, 2000]);
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(stored?.content.includes(Buffer.from("Kamera der Nachbarin"))).toBe(false);

    // The owner sees the draft's image on the last step and at its address, not kept by shared caches.
    const review = await browser.get(`${draftPath}/review`);
    expect(await review.text()).toContain(`alt="Der Schulhof in der Mittagssonne, ohne Schatten"`);
    const served = await browser.get(`/arena/attachments/${stored?.id}`);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
    expect(served.headers.get("content-disposition")).toMatch(/^inline; filename="IMG_2041.webp"/);
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(served.headers.get("cache-control")).toBe("private, no-cache");
    expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(stored?.content ?? []))).toBe(true);
  });

  it("refuses a file named .jpg that is HTML, a script or a broken image, and stores nothing", async () => {
    const { browser } = await signedIn(t);
    const draftPath = await draftAtReview(browser, "Hitzeschutz für Kitas");
    const fakes = [
      { bytes: "<!doctype html><html><script>alert(document.cookie)</script></html>", name: "foto.jpg" },
      { bytes: "#!/bin/sh\nrm -rf /\n", name: "bild.jpg" },
      { bytes: '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', name: "plan.png" },
    ];
    for (const fake of fakes) {
      const response = await upload(browser, draftPath, { ...fake, type: "image/jpeg" }, "Ein Bild vom Hof");
      expect(response.status, fake.name).toBe(422);
      const text = visible(await response.text());
      expect(text).toContain("Diese Datei ist kein Bild im Format JPEG, PNG oder WebP und kein PDF.");
      expect(text).toContain("Bitte korrigieren Sie die folgenden Angaben"); // the page's error summary
      expect(text).toContain("Ein Bild vom Hof"); // the description is kept
    }
    // JPEG's first bytes, then a page: the type says image, but it does not decode.
    const polyglot = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      Buffer.from("<html><body>hi</body></html>"),
    ]);
    const broken = await upload(browser, draftPath, { bytes: polyglot, name: "x.jpg", type: "image/jpeg" }, "Hof");
    expect(broken.status).toBe(422);
    expect(visible(await broken.text())).toContain("Dieses Bild lässt sich nicht lesen.");
    expect(await attachmentsOfDraft(draftPath)).toEqual([]);
  });

  it("refuses a file above 5 MB with the limit in the message, and a body beyond the route's limit", async () => {
    const { browser } = await signedIn(t);
    const draftPath = await draftAtReview(browser, "Große Pläne");
    const tooLarge = Buffer.concat([pdf, Buffer.alloc(MAX_ATTACHMENT_BYTES + 1 - pdf.length, 0x20)]);
    const response = await upload(browser, draftPath, { bytes: tooLarge, name: "plan.pdf", type: "application/pdf" });
    expect(response.status).toBe(422);
    const text = visible(await response.text());
    expect(text).toContain("Die Datei ist zu groß. Jede Datei darf höchstens 5 MB haben.");
    expect(browser.lastHtml).toContain('aria-invalid="true"');

    await browser.get(`${draftPath}/review`);
    const farTooLarge = Buffer.alloc(8 * 1024 * 1024, 0x20);
    const refused = await upload(browser, draftPath, { bytes: farTooLarge, name: "a.pdf", type: "application/pdf" });
    expect(refused.status).toBe(413);
    expect(await attachmentsOfDraft(draftPath)).toEqual([]);
  });

  it("asks for a description of an image, and takes at most five files", async () => {
    const { browser } = await signedIn(t, { verified: true });
    await browser.get("/arena/new");
    await browser.post("/profile/language", { locale: "en", next: "/arena/new" });
    const draftPath = await draftAtReview(browser, "Trinkbrunnen am Spielplatz");
    const png = await smallPng();
    const missing = await upload(browser, draftPath, { bytes: png, name: "a.png", type: "image/png" }, " ");
    expect(missing.status).toBe(422);
    expect(visible(await missing.text())).toContain("Please describe briefly what the image shows");
    for (let i = 0; i < MAX_ATTACHMENTS; i++) {
      await browser.get(`${draftPath}/review`);
      const added = await upload(browser, draftPath, { bytes: png, name: `p${i}.png`, type: "image/png" }, `Bild ${i}`);
      expect(added.status).toBe(303);
    }
    await browser.get(`${draftPath}/review`);
    expect(visible(browser.lastHtml)).toContain("You have added 5 files; no more are possible.");
    const sixth = await upload(browser, draftPath, { bytes: png, name: "p6.png", type: "image/png" }, "Bild 6");
    expect(sixth.status).toBe(422);
    expect(visible(await sixth.text())).toContain("An entry can have at most 5 files.");
    expect(await attachmentsOfDraft(draftPath)).toHaveLength(MAX_ATTACHMENTS);

    // Removing one makes room again.
    const [first] = await attachmentsOfDraft(draftPath);
    await browser.get(`${draftPath}/review`);
    const removed = await browser.post(`${draftPath}/attachments/${first?.id}/delete`, {});
    expect(removed.status).toBe(303);
    expect(await attachmentsOfDraft(draftPath)).toHaveLength(MAX_ATTACHMENTS - 1);
  });

  it("shows a draft's file to its owner only; nobody else can see or remove it", async () => {
    const { browser } = await signedIn(t);
    const draftPath = await draftAtReview(browser, "Sitzbänke im Park");
    await upload(browser, draftPath, { bytes: pdf, name: "bänke.pdf", type: "application/pdf" });
    const [stored] = await attachmentsOfDraft(draftPath);
    expect(stored?.mediaType).toBe("application/pdf");
    const address = `/arena/attachments/${stored?.id}`;

    const { browser: other } = await signedIn(t, { name: "Jemand anderes" });
    expect((await other.get(address)).status).toBe(404);
    expect((await new BrowserClient(t.app).get(address)).status).toBe(404);
    await other.get("/arena/new");
    const removal = await other.post(`${draftPath}/attachments/${stored?.id}/delete`, {});
    expect(removal.status).toBe(404);
    const upload404 = await upload(other, draftPath, { bytes: pdf, name: "x.pdf", type: "application/pdf" });
    expect(upload404.status).toBe(404);
    expect(await attachmentsOfDraft(draftPath)).toHaveLength(1);
    expect((await browser.get(address)).status).toBe(200);
  });

  it("lists a draft's files in the account's data and deletes them with the account", async () => {
    const { browser, userId } = await signedIn(t);
    const draftPath = await draftAtReview(browser, "Leihräder im Kiez");
    await upload(browser, draftPath, { bytes: pdf, name: "räder.pdf", type: "application/pdf" });
    expect(await attachmentsOfDraft(draftPath)).toHaveLength(1);
    const context = { deps: t.deps, now, t: (key: string) => key };
    const exported = (await arenaPersonalData.export(t.deps.database.db, userId, context)) as {
      drafts: Array<{ files: unknown[] }>;
    };
    expect(exported.drafts[0]?.files).toEqual([
      { name: "räder.pdf", type: "application/pdf", size: pdf.length, description: "" },
    ]);
    await t.deps.database.db.transaction((tx) => arenaPersonalData.erase(tx, userId, context));
    expect(await attachmentsOfDraft(draftPath)).toEqual([]);
  });

  it("moves the files to the submitted entry: the image with its text alternative, the PDF as a download", async () => {
    const { browser } = await signedIn(t, { name: "Bea Bild" });
    const draftPath = await draftAtReview(browser, "Grüne Höfe für alle");
    await upload(
      browser,
      draftPath,
      { bytes: await smallPng(), name: "hof.png", type: "image/png" },
      "Ein begrünter Hof",
    );
    await browser.get(`${draftPath}/review`);
    await upload(browser, draftPath, { bytes: pdf, name: "Plan <Hof>.pdf", type: "image/png" }, "Plan des Hofes");
    const files = await attachmentsOfDraft(draftPath);
    expect(files).toHaveLength(2);
    await browser.get(`${draftPath}/review`);
    const submitted = await browser.post(`${draftPath}/submit`, {});
    expect(submitted.status).toBe(303);
    const entryPath = (submitted.headers.get("location") ?? "").replace(/\?.*$/, "");

    expect(await attachmentsOfDraft(draftPath)).toEqual([]);
    const [image, document] = files;
    const guest = new BrowserClient(t.app);
    const html = await (await guest.get(entryPath)).text();
    expect(html).toContain(`<img src="/arena/attachments/${image?.id}" alt="Ein begrünter Hof"`);
    expect(html).toContain(`<a href="/arena/attachments/${document?.id}">Plan des Hofes</a>`);

    const served = await guest.get(`/arena/attachments/${document?.id}`);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("application/pdf");
    expect(served.headers.get("content-disposition")).toBe(
      `attachment; filename="Plan Hof.pdf"; filename*=UTF-8''Plan%20Hof.pdf`,
    );
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(served.headers.get("cache-control")).toContain("public");
    expect(Buffer.from(await served.arrayBuffer()).equals(pdf)).toBe(true);

    // Moderation hides the entry: its files are no longer shown or served.
    const number = Number(entryPath.split("/").pop());
    await t.deps.database.db
      .update(arenaEntries)
      .set({ hiddenReason: "Verstößt gegen die Regeln." })
      .where(eq(arenaEntries.number, number));
    expect((await guest.get(`/arena/attachments/${image?.id}`)).status).toBe(404);
    expect((await browser.get(`/arena/attachments/${document?.id}`)).status).toBe(404);
  });
});
