import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { signedIn } from "../../../../tests/support/budget";
import { visibleText as visible } from "../../../../tests/support/html";
import { photoWithLocation } from "../../../../tests/support/images";
import { teamMemberOf } from "../../../../tests/support/monitoring";
import { auditLog } from "../../../platform/audit/schema";
import { workshopPhotos, workshops } from "../data/schema";
import { MAX_PHOTOS } from "../domain/photos";
import { workshopsPersonalData } from "../use-cases/personal-data";

let t: TestApp;
const now = new Date("2026-05-04T10:00:00Z");
const slug = "daten-im-kiez";

async function smallPng(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 0, g: 90, b: 200 } } })
    .png()
    .toBuffer();
}

/** An event of the measure that took place yesterday (or starts tomorrow), stored directly. */
async function storedEvent(title: string, startsAt = new Date("2026-05-03T16:00:00Z")): Promise<string> {
  const [row] = await t.deps.database.db
    .insert(workshops)
    .values({
      title,
      format: "on_site",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
      venue: "Kiezladen",
      measureSlug: slug,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: workshops.id });
  return row?.id ?? "";
}

/** Sends the upload form of the documentation page as a browser does (multipart, with the CSRF token). */
async function upload(
  browser: BrowserClient,
  workshopId: string,
  fields: { bytes: Uint8Array | string; name?: string; description?: string; consent?: boolean },
): Promise<Response> {
  await browser.get(`/workshops/${workshopId}/documentation`);
  const form = new FormData();
  form.append("_csrf", browser.csrfToken());
  const bytes = typeof fields.bytes === "string" ? fields.bytes : new Uint8Array(fields.bytes);
  form.append("file", new File([bytes], fields.name ?? "foto.jpg", { type: "image/jpeg" }));
  form.append("description", fields.description ?? "");
  if (fields.consent !== false) form.append("consent", "yes");
  const response = await t.app.request(`http://localhost/workshops/${workshopId}/photos`, {
    method: "POST",
    headers: { cookie: cookieOf(browser) },
    body: form,
  });
  if ((response.headers.get("content-type") ?? "").includes("text/html"))
    browser.lastHtml = await response.clone().text();
  return response;
}

function cookieOf(browser: BrowserClient): string {
  return [...browser.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
}

async function photosOf(workshopId: string) {
  return t.deps.database.db
    .select()
    .from(workshopPhotos)
    .where(eq(workshopPhotos.workshopId, workshopId))
    .orderBy(workshopPhotos.position);
}

beforeAll(async () => {
  t = await createTestApp({ deps: { clock: () => now } });
});
afterAll(async () => t?.close());

describe("photos in an event's documentation", () => {
  it("stores a photo re-encoded as WebP without EXIF and shows it on the event's page with its description", async () => {
    const id = await storedEvent("Werkstatt mit Fotos");
    const { browser, id: organiser } = await teamMemberOf(t, slug);
    const photo = await photoWithLocation();
    expect((await sharp(photo).metadata()).exif).toBeDefined();

    const response = await upload(browser, id, {
      bytes: photo,
      name: "IMG_2041.JPG",
      description: "Menschen an einem Tisch mit Karten vom Kiez",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/workshops/${id}/documentation#photos`);
    const [stored] = await photosOf(id);
    expect(stored?.mediaType).toBe("image/webp");
    expect(stored?.uploadedBy).toBe(organiser);
    const after = await sharp(stored?.content).metadata();
    expect(after.format).toBe("webp");
    expect([after.width, after.height]).toEqual([1000, 2000]);
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(stored?.content.includes(Buffer.from("Kamera der Nachbarin"))).toBe(false);

    const audit = await t.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "workshops.photo.add"), eq(auditLog.objectId, id)));
    expect(audit).toHaveLength(1);

    const guest = new BrowserClient(t.app);
    const html = await (await guest.get(`/workshops/${id}`)).text();
    const address = `/workshops/${id}/photos/${stored?.id}`;
    expect(html).toContain(`<img src="${address}" alt="Menschen an einem Tisch mit Karten vom Kiez"`);
    expect(html).toContain("<figcaption>Menschen an einem Tisch mit Karten vom Kiez</figcaption>");

    const served = await guest.get(address);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(served.headers.get("cache-control")).toContain("public");
    expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(stored?.content ?? []))).toBe(true);
    // A photo is found only under its own event.
    const other = await storedEvent("Eine andere Werkstatt");
    expect((await guest.get(`/workshops/${other}/photos/${stored?.id}`)).status).toBe(404);
    expect((await guest.get(`/workshops/${id}/photos/kein-foto`)).status).toBe(404);
  });

  it("refuses a text file named .jpg beside the file field, keeps the description and stores nothing", async () => {
    const id = await storedEvent("Werkstatt ohne Bilder");
    const { browser } = await teamMemberOf(t, slug);
    const response = await upload(browser, id, {
      bytes: "Das ist nur Text, kein Bild.\n",
      name: "foto.jpg",
      description: "Ein Blick in den Raum",
    });
    expect(response.status).toBe(422);
    const html = await response.text();
    const text = visible(html);
    expect(text).toContain("Diese Datei ist kein Bild im Format JPEG, PNG oder WebP.");
    expect(text).toContain("Bitte korrigieren Sie die folgenden Angaben");
    expect(html).toContain('href="#field-file"');
    expect(html).toContain("Ein Blick in den Raum</textarea>");
    expect(await photosOf(id)).toEqual([]);
  });

  it("asks for a description and for the consent of the people shown", async () => {
    const id = await storedEvent("Werkstatt mit Fragen");
    const { browser } = await teamMemberOf(t, slug);
    const png = await smallPng();
    const both = await upload(browser, id, { bytes: png, name: "a.png", description: " ", consent: false });
    expect(both.status).toBe(422);
    const text = visible(await both.text());
    expect(text).toContain("Bitte beschreiben Sie kurz, was auf dem Foto zu sehen ist");
    expect(text).toContain("Bitte bestätigen Sie, dass die abgebildeten Personen einverstanden sind.");
    const noConsent = await upload(browser, id, { bytes: png, description: "Der Raum vor Beginn", consent: false });
    expect(noConsent.status).toBe(422);
    expect(browser.lastHtml).toContain('id="error-consent"');
    expect(browser.lastHtml).toContain("Der Raum vor Beginn</textarea>");
    expect(await photosOf(id)).toEqual([]);

    // In English as well.
    await browser.post("/profile/language", { locale: "en", next: `/workshops/${id}/documentation` });
    const english = await upload(browser, id, { bytes: png, description: "Room", consent: false });
    expect(visible(await english.text())).toContain("Please confirm that the people shown agree.");
  });

  it("refuses a resident, and an event that has not begun", async () => {
    const id = await storedEvent("Werkstatt für Mitglieder");
    const resident = await signedIn(t);
    await resident.browser.get("/workshops");
    const form = new FormData();
    form.append("_csrf", resident.browser.csrfToken());
    form.append("file", new File([new Uint8Array(await smallPng())], "a.png", { type: "image/png" }));
    form.append("description", "Ein Foto");
    form.append("consent", "yes");
    const refused = await t.app.request(`http://localhost/workshops/${id}/photos`, {
      method: "POST",
      headers: { cookie: cookieOf(resident.browser) },
      body: form,
    });
    expect(refused.status).toBe(403);
    expect(await photosOf(id)).toEqual([]);

    const later = await storedEvent("Werkstatt morgen", new Date("2026-05-05T16:00:00Z"));
    const { browser } = await teamMemberOf(t, slug);
    const early = await upload(browser, later, { bytes: await smallPng(), description: "Vorab" });
    expect(early.status).toBe(422);
    expect(visible(await early.text())).toContain("wenn die Veranstaltung begonnen hat");
    expect(await photosOf(later)).toEqual([]);
  });

  it("takes at most twelve photos, lets the organiser remove one, and keeps photos when the uploader's account goes", async () => {
    const id = await storedEvent("Werkstatt mit vielen Fotos");
    const { browser, id: organiser } = await teamMemberOf(t, slug);
    const png = await smallPng();
    for (let i = 1; i <= MAX_PHOTOS; i++) {
      const added = await upload(browser, id, { bytes: png, name: `p${i}.png`, description: `Foto Nummer ${i}` });
      expect(added.status).toBe(303);
    }
    const page = await browser.get(`/workshops/${id}/documentation`);
    expect(visible(await page.text())).toContain(`Diese Veranstaltung hat ${MAX_PHOTOS} Fotos`);
    const extra = await upload(browser, id, { bytes: png, description: "Noch eins" });
    expect(extra.status).toBe(422);
    expect(visible(await extra.text())).toContain(`höchstens ${MAX_PHOTOS} Fotos`);
    expect(await photosOf(id)).toHaveLength(MAX_PHOTOS);

    const [first] = await photosOf(id);
    // Someone else cannot remove it.
    const resident = await signedIn(t);
    await resident.browser.get("/workshops");
    expect((await resident.browser.post(`/workshops/${id}/photos/${first?.id}/delete`, {})).status).toBe(403);
    await browser.get(`/workshops/${id}/documentation`);
    const removed = await browser.post(`/workshops/${id}/photos/${first?.id}/delete`, {});
    expect(removed.status).toBe(303);
    expect(await photosOf(id)).toHaveLength(MAX_PHOTOS - 1);
    expect((await new BrowserClient(t.app).get(`/workshops/${id}/photos/${first?.id}`)).status).toBe(404);
    const audit = await t.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "workshops.photo.remove"), eq(auditLog.objectId, id)));
    expect(audit).toHaveLength(1);
    // Room again for one more.
    expect((await upload(browser, id, { bytes: png, description: "Foto Nummer 13" })).status).toBe(303);

    const context = { deps: t.deps, now, t: (key: string) => key };
    const exported = (await workshopsPersonalData.export(t.deps.database.db, organiser, context)) as {
      photos: Array<{ event: string; description: string }>;
    };
    expect(exported.photos).toHaveLength(MAX_PHOTOS);
    expect(exported.photos[0]?.event).toBe("Werkstatt mit vielen Fotos");
    await t.deps.database.db.transaction((tx) => workshopsPersonalData.erase(tx, organiser, context));
    const kept = await photosOf(id);
    expect(kept).toHaveLength(MAX_PHOTOS);
    expect(kept.every((photo) => photo.uploadedBy === null)).toBe(true);
  });
});
