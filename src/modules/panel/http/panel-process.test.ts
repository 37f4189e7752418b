import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, signIn } from "../../../../tests/support/accounts";
import { createTestApp, type TestApp } from "../../../../tests/support/app";
import { BrowserClient } from "../../../../tests/support/browser-client";
import { uploadFile, visibleText } from "../../../../tests/support/panel/browser";
import { runVerifyScript } from "../../../../tests/support/panel/verify-script";
import { auditLog } from "../../../platform/audit/schema";
import { mailOutbox } from "../../../platform/mail/schema";
import { decryptText } from "../data/protection";
import { panelAddressFiles, panelInvitations, panelVolunteers } from "../data/schema";
import { sampleRows } from "../domain/address-sample";
import { drawPanelNumber, drawReplacement } from "../domain/draw";
import { parseLotteryList } from "../domain/lottery-list";
import { selectionJobsIdle } from "../use-cases/run-selection-job";

let t: TestApp;
let coordinator: BrowserClient;
let panelId = "";
let codes: string[] = [];

const quotas = `feature,value,min,max,population_share
gender,female,2,4,51
gender,male,2,4,49
age,young,2,4,40
age,old,2,4,60
`;

const addresses = [
  "name,street,postcode,city",
  ...Array.from({ length: 24 }, (_, i) => `Person ${i + 1},Musterstraße ${i + 1},10115,Berlin`),
].join("\n");

function answers(i: number) {
  return { "feature.0": i % 2 === 0 ? "female" : "male", "feature.1": i % 3 === 0 ? "young" : "old" };
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
});
afterAll(() => t.close());

describe("stage 1: a coordinator sets up a panel and sends invitations", () => {
  it("refuses quotas with min larger than max, naming row and column, and stores nothing", async () => {
    await coordinator.get("/panels/new");
    const response = await coordinator.post("/panels/new", {
      name: "Bürger:innenrat Test",
      size: "6",
      quotas: "feature,value,min,max\ngender,female,2,4\ngender,male,5,3\n",
    });
    expect(response.status).toBe(422);
    const text = visibleText(coordinator.lastHtml);
    expect(text).toContain("Zeile 3, Spalte „min“: Das Minimum 5 ist größer als das Maximum 3.");
    expect(text).toContain("Es wurde nichts gespeichert.");
    const list = await t.app.request("/api/v1/panels");
    expect(((await list.json()) as { total: number }).total).toBe(0);
  });

  it("refuses a quota file without the max column", async () => {
    const response = await coordinator.post("/panels/new", {
      name: "Bürger:innenrat Test",
      size: "6",
      quotas: "feature,value,min\ngender,female,2\n",
    });
    expect(response.status).toBe(422);
    expect(visibleText(coordinator.lastHtml)).toContain(
      "Zeile 1, Spalte „max“: Diese Spalte fehlt. Die Kopfzeile enthält: feature, value, min.",
    );
  });

  it("creates the panel and shows the quotas with the population shares beside them", async () => {
    const response = await coordinator.post("/panels/new", {
      name: "Bürger:innenrat Test",
      size: "6",
      lotterySize: "100",
      quotas,
    });
    expect(response.status).toBe(303);
    const location = response.headers.get("location") ?? "";
    panelId = location.split("/")[2] ?? "";
    await coordinator.get(location);
    const text = visibleText(coordinator.lastHtml);
    expect(text).toContain("Der Bürger:innenrat wurde angelegt.");
    expect(text).toMatch(/female 2–4 51,0 %/);
  });

  it("refuses an address sample without addresses and keeps nothing", async () => {
    const response = await uploadFile(t, coordinator, `/panels/${panelId}/sample`, "sample", "name,street\n");
    expect(response.status).toBe(422);
    expect(visibleText(coordinator.lastHtml)).toContain("Zeile 2: Die Datei enthält keine Adressen.");
    const files = await t.database.db.select().from(panelAddressFiles).where(eq(panelAddressFiles.panelId, panelId));
    expect(files).toEqual([]);
  });

  it("draws the sample from a register extract with a published seed, reproducibly, keeping only the sample", async () => {
    await coordinator.get(`/panels/${panelId}/manage`);
    const tooMany = await uploadFile(
      t,
      coordinator,
      `/panels/${panelId}/sample/draw`,
      "extract",
      addresses,
      "register.csv",
      {
        seed: "Ziehung 12. Mai",
        count: "30",
      },
    );
    expect(tooMany.status).toBe(422);
    expect(visibleText(coordinator.lastHtml)).toContain(
      "Der Auszug enthält 24 Adressen, weniger als die 30, die gezogen werden sollen.",
    );
    const drawn = await uploadFile(
      t,
      coordinator,
      `/panels/${panelId}/sample/draw`,
      "extract",
      addresses,
      "register.csv",
      {
        seed: "Ziehung 12. Mai",
        count: "5",
      },
    );
    expect(drawn.status).toBe(303);
    const [file] = await t.database.db.select().from(panelAddressFiles).where(eq(panelAddressFiles.panelId, panelId));
    expect(file?.rows).toBe(5);
    const sample = parse(await decryptText(t.database.db, t.deps.random, file?.ciphertext ?? ""), {
      columns: true,
    }) as Array<Record<string, string>>;
    const expected = sampleRows(24, "Ziehung 12. Mai", 5).map((n) => `Person ${n}`);
    expect(sample.map((r) => r.name)).toEqual(expected);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.objectId, panelId), eq(auditLog.action, "panel.invitations.sample")));
    expect(audit[0]?.after).toMatchObject({ seed: "Ziehung 12. Mai", count: 5, extractRows: 24 });
  });

  it("stores the sample encrypted, creates codes and letters, and deletes the sample", async () => {
    await coordinator.get(`/panels/${panelId}/manage`);
    const upload = await uploadFile(t, coordinator, `/panels/${panelId}/sample`, "sample", addresses);
    expect(upload.status).toBe(303);
    const [stored] = await t.database.db.select().from(panelAddressFiles).where(eq(panelAddressFiles.panelId, panelId));
    expect(stored?.kind).toBe("sample");
    expect(stored?.ciphertext).not.toContain("Musterstraße");
    await coordinator.get(`/panels/${panelId}/manage`);
    expect(visibleText(coordinator.lastHtml)).toContain(
      "Eine Stichprobe mit 24 Adressen ist verschlüsselt gespeichert.",
    );

    const sent = await coordinator.post(`/panels/${panelId}/invitations`, {});
    expect(sent.status).toBe(303);
    const files = await t.database.db.select().from(panelAddressFiles).where(eq(panelAddressFiles.panelId, panelId));
    expect(files.map((f) => f.kind)).toEqual(["letters"]);
    expect(files[0]?.ciphertext).not.toContain("Musterstraße");

    const csv = await coordinator.get(`/panels/${panelId}/letters.csv`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const rows = parse(await csv.text(), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(24);
    expect(rows[0]?.name).toBe("Person 1");
    expect(rows[0]?.registration_url).toBe(`http://localhost:3000/panels/${panelId}/register`);
    codes = rows.map((r) => r.invitation_code as string);
    expect(new Set(codes).size).toBe(24);
    for (const code of codes)
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    // Only hashes are stored.
    const stored2 = await t.database.db.select().from(panelInvitations).where(eq(panelInvitations.panelId, panelId));
    expect(stored2.map((r) => r.codeHash)).not.toContain(codes[0]);

    await coordinator.get(`/panels/${panelId}/letters`);
    const print = visibleText(coordinator.lastHtml);
    expect(print).toContain(`Ihr persönlicher Code: ${codes[0]}`);
    expect(print).toContain("Musterstraße 1");
  });

  it("keeps the coordinator's pages from guests and from residents", async () => {
    const guest = new BrowserClient(t.app);
    expect((await guest.get(`/panels/${panelId}/manage`)).status).toBe(401);
    expect((await guest.get(`/panels/${panelId}/letters.csv`)).status).toBe(401);
    const resident = new BrowserClient(t.app);
    await signIn(
      resident,
      t.deps,
      await createAccount(t.deps, { email: "account-2@example.org", displayName: "Anwohnerin", roles: [] }),
    );
    expect((await resident.get(`/panels/${panelId}/manage`)).status).toBe(403);
    expect((await resident.get("/panels/new")).status).toBe(403);
  });
});

describe("problems in the coordinator's files, in the reader's language", () => {
  const brokenQuotas = "feature,value,min,max\ngender,female,2,4\ngender,male,zwei,4\n";
  const brokenSample = "name,street,postcode\nAda,Hauptstraße 1,10115\nBert,Nebenweg 2\n";
  const twiceNamed = "name,street,Name\nAda,Hauptstraße 1,Ada\n";

  async function refusals(browser: BrowserClient): Promise<string[]> {
    const texts: string[] = [];
    await browser.get(`/panels/${panelId}/manage`);
    const quotasResponse = await browser.post(`/panels/${panelId}/quotas`, { quotas: brokenQuotas });
    expect(quotasResponse.status).toBe(422);
    texts.push(visibleText(browser.lastHtml));
    for (const sample of [brokenSample, twiceNamed]) {
      const response = await uploadFile(t, browser, `/panels/${panelId}/sample`, "sample", sample);
      expect(response.status).toBe(422);
      texts.push(visibleText(browser.lastHtml));
    }
    return texts;
  }

  it("says in German which row and column of the quotas and the address sample is wrong", async () => {
    const [quotasPage, samplePage, columnPage] = await refusals(coordinator);
    expect(quotasPage).toContain(
      "Zeile 3, Spalte „min“: „zwei“ ist keine ganze Zahl ab 0. Es wurde nichts gespeichert.",
    );
    expect(samplePage).toContain(
      "Zeile 3: Diese Zeile hat 2 Zellen, die Kopfzeile aber 3 Spalten. Es wurde nichts gespeichert.",
    );
    expect(columnPage).toContain(
      "Zeile 1, Spalte „Name“: Diese Spalte kommt zweimal vor. Es wurde nichts gespeichert.",
    );
    for (const page of [quotasPage, samplePage, columnPage]) {
      expect(page).not.toMatch(/whole number|cells|occurs twice/);
    }
  });

  it("says the same in English when the page is in English", async () => {
    const english = new BrowserClient(t.app);
    await signIn(
      english,
      t.deps,
      await createAccount(t.deps, {
        email: "account-3@example.org",
        displayName: "Coordination",
        roles: ["strategy_office"],
      }),
    );
    // The account's language is chosen with the header's language switch.
    await english.get(`/panels/${panelId}/manage`);
    await english.post("/profile/language", { locale: "en", next: `/panels/${panelId}/manage` });
    await english.get(`/panels/${panelId}/manage`);
    const [quotasPage, samplePage, columnPage] = await refusals(english);
    expect(quotasPage).toContain("row 3, column “min”: “zwei” is not a whole number of 0 or more. Nothing was stored.");
    expect(samplePage).toContain("row 3: This row has 2 cells, but the header has 3 columns. Nothing was stored.");
    expect(columnPage).toContain("row 1, column “Name”: This column occurs twice. Nothing was stored.");
  });

  it("stores nothing from the refused files", async () => {
    const files = await t.database.db.select().from(panelAddressFiles).where(eq(panelAddressFiles.panelId, panelId));
    expect(files.map((f) => f.kind)).not.toContain("sample");
    const detail = (await (await t.app.request(`/api/v1/panels/${panelId}`)).json()) as {
      quotas: Array<{ feature?: string; value: string; min: number }>;
    };
    expect(detail.quotas.find((q) => q.value === "male")?.min).toBe(2);
  });
});

describe("stage 2: invited people register with their code", () => {
  it("explains the panel in plain language and asks the feature questions", async () => {
    const guest = new BrowserClient(t.app);
    await guest.get(`/panels/${panelId}/register`);
    const text = visibleText(guest.lastHtml);
    expect(text).toContain("Einfach erklärt");
    expect(text).toContain("Wer in der Gruppe ist, wird gelost. Wie bei einer Lotterie.");
    expect(guest.lastHtml).toContain('<label for="field-feature.0">gender');
    await guest.get(`/panels/${panelId}/register?lang=en`);
    expect(visibleText(guest.lastHtml)).toContain("Who is in the group is decided by lot. Like a lottery.");
  });

  it("refuses an unknown code, a missing answer and a missing consent, keeping what was entered", async () => {
    const guest = new BrowserClient(t.app);
    await guest.get(`/panels/${panelId}/register`);
    const response = await guest.post(`/panels/${panelId}/register`, {
      code: "AAAA-BBBB-CCCC",
      name: "Erika",
      email: "erika@example.org",
      "feature.0": "female",
    });
    expect(response.status).toBe(422);
    const text = visibleText(guest.lastHtml);
    expect(text).toContain("Bitte bestätigen Sie, dass Sie teilnehmen möchten.");
    expect(guest.lastHtml).toContain('value="erika@example.org"');
    const second = await guest.post(`/panels/${panelId}/register`, {
      code: "AAAA-BBBB-CCCC",
      name: "Erika",
      email: "erika@example.org",
      "feature.0": "female",
      consent: "on",
    });
    expect(second.status).toBe(422);
    expect(visibleText(guest.lastHtml)).toContain("age: Bitte wählen Sie eine Antwort aus.");
    const third = await guest.post(`/panels/${panelId}/register`, {
      code: "AAAA-BBBB-CCCC",
      name: "Erika",
      email: "erika@example.org",
      ...answers(0),
      consent: "on",
    });
    expect(third.status).toBe(422);
    expect(visibleText(guest.lastHtml)).toContain("Diesen Code kennen wir nicht.");
  });

  it("registers every invited person once, with a pseudonym", async () => {
    for (const [i, code] of codes.entries()) {
      const guest = new BrowserClient(t.app);
      await guest.get(`/panels/${panelId}/register`);
      const response = await guest.post(`/panels/${panelId}/register`, {
        code: i === 0 ? code.toLowerCase().replace(/-/g, " ") : code,
        name: `Person ${i + 1}`,
        email: `person${i + 1}@example.org`,
        locale: i === 1 ? "en" : "de",
        ...answers(i),
        consent: "on",
      });
      expect(response.status).toBe(200);
      expect(visibleText(guest.lastHtml)).toMatch(/Ihr Pseudonym ist P-[0-9A-Z]{8}\./);
    }
    const again = new BrowserClient(t.app);
    await again.get(`/panels/${panelId}/register`);
    const reused = await again.post(`/panels/${panelId}/register`, {
      code: codes[3] as string,
      name: "Someone",
      email: "someone@example.org",
      ...answers(3),
      consent: "on",
    });
    expect(reused.status).toBe(409);
    expect(visibleText(again.lastHtml)).toContain("Mit diesem Code hat sich schon jemand angemeldet.");
  });

  it("shows the coordinator the pool against the quotas", async () => {
    await coordinator.get(`/panels/${panelId}/manage`);
    const text = visibleText(coordinator.lastHtml);
    expect(text).toContain("24 Personen haben sich angemeldet.");
    expect(text).toMatch(/female 2–4 51,0 % 12 \(50,0 %\)/);
    expect(text).toMatch(/young 2–4 40,0 % 8 \(33,3 %\)/);
  });
});

interface PanelDetail {
  status: string;
  quotas: Array<{ value: string; selected: number; min: number; max: number }>;
  lottery: {
    drawnMembers: string[];
    members: string[];
    replacements: Array<{ round: number; leaving: string; replacement: string; eligible: string[] }>;
  };
}

async function panelDetail(): Promise<PanelDetail> {
  return (await (await t.app.request(`/api/v1/panels/${panelId}`)).json()) as PanelDetail;
}

describe("stage 3: the lottery and the public draw", () => {
  let hash = "";
  let seedPanel = 0;

  it("refuses to publish before a selection was computed", async () => {
    await coordinator.get(`/panels/${panelId}/manage`);
    const response = await coordinator.post(`/panels/${panelId}/publish`, { confirm: "yes" });
    expect(response.status).toBe(409);
    expect(visibleText(coordinator.lastHtml)).toContain("Bitte berechnen Sie zuerst die Auswahl.");
  });

  it("reports infeasible quotas from the background job, publishes nothing, and lets the coordinator retry", async () => {
    await coordinator.get(`/panels/${panelId}/manage`);
    // Only four volunteers are young and female, so five young women can't be found.
    const changed = "feature,value,min,max\ngender,female,5,5\ngender,male,1,1\nage,young,6,6\nage,old,0,0\n";
    expect((await coordinator.post(`/panels/${panelId}/quotas`, { quotas: changed })).status).toBe(303);
    expect((await coordinator.post(`/panels/${panelId}/selection`, {})).status).toBe(303);
    await selectionJobsIdle();
    await coordinator.get(`/panels/${panelId}/manage`);
    const text = visibleText(coordinator.lastHtml);
    expect(text).toContain("Die Berechnung ist fehlgeschlagen. Es wurde nichts veröffentlicht.");
    expect(text).toContain("Mit diesen Quoten lässt sich kein Rat bilden.");
    expect(text).toContain("Erneut versuchen");
    expect((await t.app.request(`/api/v1/panels/${panelId}/lottery`)).status).toBe(404);
    expect((await coordinator.post(`/panels/${panelId}/quotas`, { quotas })).status).toBe(303);
  });

  it("computes LEXIMIN in the background and shows every volunteer's probability", async () => {
    await coordinator.get(`/panels/${panelId}/manage`);
    expect((await coordinator.post(`/panels/${panelId}/selection`, {})).status).toBe(303);
    await selectionJobsIdle();
    await coordinator.get(`/panels/${panelId}/manage`);
    const text = visibleText(coordinator.lastHtml);
    expect(text).toContain("Die Berechnung ist fertig.");
    expect(text).toMatch(/Kleinste Auswahlwahrscheinlichkeit mit LEXIMIN: 25,00 %/);
    // LEGACY's estimate beside it, from the same background job.
    expect(text).toContain("Vergleich mit dem früheren Verfahren");
    expect(text).toContain("Wir haben es 2000-mal durchgespielt");
    expect(text).toMatch(/LEXIMIN \(dieses Los\) 25,00 % 0 LEGACY \(früheres Verfahren, geschätzt\) \d+,\d\d % \d+/);
    expect(text).not.toContain("noch nicht verfügbar");
    const legacy = await t.database.db.select().from(panelVolunteers).where(eq(panelVolunteers.panelId, panelId));
    expect(legacy.reduce((sum, v) => sum + (v.legacyProbability ?? 0), 0)).toBeCloseTo(6, 6);
    const volunteers = await t.database.db.select().from(panelVolunteers).where(eq(panelVolunteers.panelId, panelId));
    const sum = volunteers.reduce((s, v) => s + (v.probability ?? 0), 0);
    expect(sum).toBeCloseTo(6, 6);
  });

  it("asks before publishing the list: without the confirmation nothing is published", async () => {
    await coordinator.get(`/panels/${panelId}/manage`);
    const asked = await coordinator.post(`/panels/${panelId}/publish`, {});
    expect(asked.status).toBe(200);
    const text = visibleText(coordinator.lastHtml);
    expect(text).toContain("Losliste veröffentlichen?");
    expect(text).toContain("Die Liste der 100 möglichen Räte und ihre Prüfsumme werden für alle sichtbar.");
    expect(text).toContain("Das lässt sich nicht rückgängig machen.");
    expect(coordinator.lastHtml).toMatch(/<input type="hidden" name="confirm" value="yes"/);
    expect((await t.app.request(`/api/v1/panels/${panelId}/lottery`)).status).toBe(404);
    expect((await panelDetail()).status).toBe("registration");
  });

  it("publishes the list of M panels and its SHA-256, which anyone can recompute", async () => {
    const response = await coordinator.post(`/panels/${panelId}/publish`, { confirm: "yes" });
    expect(response.status).toBe(303);
    const api = (await (await t.app.request(`/api/v1/panels/${panelId}/lottery`)).json()) as {
      hash: string;
      panels: Array<{ number: number; members: string[] }>;
    };
    expect(api.panels).toHaveLength(100);
    for (const p of api.panels) expect(p.members).toHaveLength(6);
    const listText = await (await t.app.request(`/panels/${panelId}/lottery.txt`)).text();
    hash = createHash("sha256").update(listText).digest("hex");
    expect(api.hash).toBe(hash);
    // The file is the selection core's format: "N: id id …", ids and lines sorted.
    const lines = parseLotteryList(listText);
    expect(lines).toEqual(api.panels.map((p) => p.members));
    expect(listText.split("\n")[0]).toMatch(/^1: P-[0-9A-Z]{8}( P-[0-9A-Z]{8}){5}$/);
    const keys = lines.map((l) => l.join(" "));
    expect(keys).toEqual([...keys].sort());
    for (const line of lines) expect(line).toEqual([...line].sort());
    const verify = await t.app.request(`/panels/${panelId}/verify`);
    expect(visibleText(await verify.text())).toContain(hash);
    // Registration and quotas are fixed now.
    await coordinator.get(`/panels/${panelId}/manage`);
    expect((await coordinator.post(`/panels/${panelId}/quotas`, { quotas })).status).toBe(409);
  });

  it("asks before the draw, naming the seed: without the confirmation nothing is drawn", async () => {
    await coordinator.get(`/panels/${panelId}/manage`);
    const empty = await coordinator.post(`/panels/${panelId}/draw`, { seed: "  " });
    expect(empty.status).toBe(422);
    expect(visibleText(coordinator.lastHtml)).toContain("Bitte geben Sie die öffentliche Zufallszahl ein.");
    const asked = await coordinator.post(`/panels/${panelId}/draw`, { seed: " 3 1 4 1 5 9 " });
    expect(asked.status).toBe(200);
    const text = visibleText(coordinator.lastHtml);
    expect(text).toContain("Rat jetzt ziehen?");
    expect(text).toContain("Mit der Zufallszahl „3 1 4 1 5 9“ wird einer der 100 Räte auf der Losliste gezogen.");
    expect(text).toContain("Es gibt nur eine Ziehung. Sie lässt sich nicht wiederholen und nicht rückgängig machen.");
    expect(coordinator.lastHtml).toMatch(/<input type="hidden" name="seed" value="3 1 4 1 5 9"/);
    const detail = await panelDetail();
    expect(detail.status).toBe("published");
  });

  it("draws the panel from the public seed, as the published procedure says", async () => {
    await coordinator.get(`/panels/${panelId}/manage`);
    const response = await coordinator.post(`/panels/${panelId}/draw`, { seed: "3 1 4 1 5 9", confirm: "yes" });
    expect(response.status).toBe(200);
    seedPanel = drawPanelNumber(hash, "3 1 4 1 5 9", 100);
    expect(visibleText(coordinator.lastHtml)).toContain(`Rat Nummer ${seedPanel} wurde gezogen.`);
    const detail = (await (await t.app.request(`/api/v1/panels/${panelId}`)).json()) as {
      status: string;
      lottery: { seed: string; drawnPanel: number; members: string[] };
      quotas: Array<{ value: string; selected: number; min: number; max: number }>;
    };
    expect(detail.status).toBe("drawn");
    expect(detail.lottery.seed).toBe("3 1 4 1 5 9");
    expect(detail.lottery.drawnPanel).toBe(seedPanel);
    expect(detail.lottery.members).toHaveLength(6);
    for (const q of detail.quotas) {
      expect(q.selected).toBeGreaterThanOrEqual(q.min);
      expect(q.selected).toBeLessThanOrEqual(q.max);
    }
  });

  it("docs/panel-verify.mjs, served for download, recomputes the checksum and the panel from the published list", async () => {
    const served = await t.app.request("/panels/verify.mjs");
    expect(served.headers.get("content-type")).toContain("javascript");
    const page = visibleText(await (await t.app.request(`/panels/${panelId}/verify`)).text());
    // The command on the page makes the program write in the reader's language.
    expect(page).toContain(`node panel-verify.mjs lottery.txt "3 1 4 1 5 9" --hash ${hash} --lang=de`);
    expect(page).toContain("Mit --lang=de schreibt es auf Deutsch, mit --lang=en auf Englisch.");
    const english = visibleText(await (await t.app.request(`/panels/${panelId}/verify?lang=en`)).text());
    expect(english).toContain(`node panel-verify.mjs lottery.txt "3 1 4 1 5 9" --hash ${hash} --lang=en`);
    expect(english).toContain("With --lang=en it writes in English, with --lang=de in German.");
    const script = await served.text();
    const list = await (await t.app.request(`/panels/${panelId}/lottery.txt`)).text();
    for (const lang of ["--lang=de", "--lang=en"]) {
      const result = await runVerifyScript({ script, list, seed: "3 1 4 1 5 9", hash, extra: [lang] });
      expect(result.exitCode, lang).toBe(0);
      expect(result.output).toMatchObject({ hash, hashMatches: true, lotterySize: 100, panelNumber: seedPanel });
    }
    const tampered = await runVerifyScript({
      list: (await (await t.app.request(`/panels/${panelId}/lottery.txt`)).text()).replace("1: ", "1:  "),
      seed: "3 1 4 1 5 9",
      hash,
    });
    expect(tampered.exitCode).not.toBe(0);
  });

  it("shows the same panel for the same seed and refuses, and audits, another seed", async () => {
    await coordinator.get(`/panels/${panelId}/manage`);
    await coordinator.post(`/panels/${panelId}/draw`, { seed: "3 1 4 1 5 9", confirm: "yes" });
    expect(visibleText(coordinator.lastHtml)).toContain(`es bleibt bei Rat Nummer ${seedPanel}.`.replace("es", "Es"));
    const refused = await coordinator.post(`/panels/${panelId}/draw`, { seed: "2 7 1 8", confirm: "yes" });
    expect(refused.status).toBe(409);
    expect(visibleText(coordinator.lastHtml)).toContain("Eine zweite Ziehung mit einer anderen Zahl ist nicht möglich");
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.objectId, panelId), eq(auditLog.action, "panel.draw.refused")));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.after).toMatchObject({ attemptedSeed: "2 7 1 8", seed: "3 1 4 1 5 9" });
    const detail = (await (await t.app.request(`/api/v1/panels/${panelId}`)).json()) as {
      lottery: { drawnPanel: number };
    };
    expect(detail.lottery.drawnPanel).toBe(seedPanel);
  });

  it("notifies selected and not selected volunteers in their language", async () => {
    const mails = await t.database.db.select().from(mailOutbox);
    expect(mails).toHaveLength(24);
    expect(mails.filter((m) => m.subject === "Sie wurden für den Bürger:innenrat ausgelost").length).toBeGreaterThan(0);
    const english = mails.find((m) => m.to === "person2@example.org");
    expect(english?.subject).toMatch(
      /^(You have been drawn for the citizen panel|Result of the citizen panel lottery)$/,
    );
  });

  it("lets only the coordinator draw a replacement", async () => {
    const resident = new BrowserClient(t.app);
    await signIn(
      resident,
      t.deps,
      await createAccount(t.deps, { email: "account-4@example.org", displayName: "Anwohner", roles: [] }),
    );
    await resident.get(`/panels/${panelId}`);
    const members = (await panelDetail()).lottery.members;
    const refused = await resident.post(`/panels/${panelId}/replace`, { leaving: members[0] as string });
    expect(refused.status).toBe(403);
    expect((await panelDetail()).lottery.replacements).toEqual([]);
  });

  it("draws a replacement for a member who dropped out, as the published procedure says, and tells them", async () => {
    const before = await panelDetail();
    const leaving = before.lottery.members[0] as string;
    await coordinator.get(`/panels/${panelId}/manage`);
    expect(visibleText(coordinator.lastHtml)).toContain("Ein Mitglied ist ausgeschieden");
    const response = await coordinator.post(`/panels/${panelId}/replace`, { leaving });
    expect(response.status).toBe(200);
    const after = await panelDetail();
    const [first] = after.lottery.replacements;
    expect(first).toMatchObject({ round: 1, leaving });
    const list = parseLotteryList(await (await t.app.request(`/panels/${panelId}/lottery.txt`)).text());
    expect(first?.replacement).toBe(drawReplacement(hash, "3 1 4 1 5 9", 1, first?.eligible ?? [], list).id);
    expect(visibleText(coordinator.lastHtml)).toContain(
      `Für ${leaving} rückt ${first?.replacement} nach (Ersatz Nr. 1, gelost unter ${first?.eligible.length} Personen).`,
    );
    expect(after.lottery.members).toContain(first?.replacement);
    expect(after.lottery.members).not.toContain(leaving);
    expect(after.lottery.drawnMembers).toEqual(before.lottery.drawnMembers);
    for (const q of after.quotas) {
      expect(q.selected).toBeGreaterThanOrEqual(q.min);
      expect(q.selected).toBeLessThanOrEqual(q.max);
    }
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.objectId, panelId), eq(auditLog.action, "panel.replace")));
    expect(audit[0]?.after).toMatchObject({ round: 1, leaving, replacement: first?.replacement });
    const [volunteer] = await t.database.db
      .select()
      .from(panelVolunteers)
      .where(and(eq(panelVolunteers.panelId, panelId), eq(panelVolunteers.pseudonym, first?.replacement ?? "")));
    const mails = await t.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.to, volunteer?.email ?? ""));
    const expected =
      volunteer?.locale === "en" ? "You move up to the citizen panel" : "Sie rücken in den Bürger:innenrat nach";
    expect(mails.map((m) => m.subject)).toContain(expected);
    const verify = visibleText(await (await t.app.request(`/panels/${panelId}/verify`)).text());
    expect(verify).toContain(`Nachgerückte Mitglieder`);
    expect(verify).toContain(`Ersatz Nr. 1: ${leaving} ist ausgeschieden, ${first?.replacement} ist nachgerückt.`);
    expect(verify).toContain(`Wer in Frage kam (${first?.eligible.length} Personen)`);
    expect(verify).not.toContain("@example.org");
  });

  it("refuses someone who is not a member, and says so beside the field", async () => {
    await coordinator.get(`/panels/${panelId}/manage`);
    const response = await coordinator.post(`/panels/${panelId}/replace`, { leaving: "P-NOTAMEMB" });
    expect(response.status).toBe(422);
    expect(visibleText(coordinator.lastHtml)).toContain("Diese Person ist nicht Mitglied des Rats.");
  });

  it("changes nothing and says why when nobody can move up", async () => {
    let refused: Response | null = null;
    for (let round = 0; round < 30 && !refused; round++) {
      const { members } = (await panelDetail()).lottery;
      await coordinator.get(`/panels/${panelId}/manage`);
      const response = await coordinator.post(`/panels/${panelId}/replace`, { leaving: members[0] as string });
      if (response.status === 409) refused = response;
      else expect(response.status).toBe(200);
    }
    expect(refused?.status).toBe(409);
    expect(visibleText(coordinator.lastHtml)).toContain("Niemand kann nachrücken");
    expect(visibleText(coordinator.lastHtml)).toContain("Es wurde nichts geändert.");
    const before = await panelDetail();
    await coordinator.post(`/panels/${panelId}/replace`, { leaving: before.lottery.members[0] as string });
    expect(await panelDetail()).toEqual(before);
  });

  it("docs/panel-verify.mjs recomputes every replacement from the panel's published JSON", async () => {
    const detail = await panelDetail();
    expect(detail.lottery.replacements.length).toBeGreaterThan(1);
    const result = await runVerifyScript({
      list: await (await t.app.request(`/panels/${panelId}/lottery.txt`)).text(),
      seed: "3 1 4 1 5 9",
      hash,
      replacements: detail,
    });
    expect(result.exitCode).toBe(0);
    expect(result.output?.replacements).toEqual(
      detail.lottery.replacements.map((r) =>
        expect.objectContaining({ round: r.round, id: r.replacement, matches: true }),
      ),
    );
  });

  it("publishes the result: composition against quotas and the probability histogram with its data table", async () => {
    const page = await t.app.request(`/panels/${panelId}`);
    const html = await page.text();
    const text = visibleText(html);
    expect(text).toContain("Ergebnis der Ziehung");
    expect(text).toContain(`Mit der Zufallszahl „3 1 4 1 5 9“ wurde Rat Nummer ${seedPanel} von 100 gezogen.`);
    expect(text).toContain("Quote erfüllt");
    expect(text).not.toContain("Quote nicht erfüllt");
    expect(text).toContain("Nachgerückte Mitglieder");
    expect(html).toContain('<svg viewBox="0 0 480 260" role="img"');
    expect(text).toContain("Verteilung der Auswahlwahrscheinlichkeiten");
    expect(text).not.toContain("person1@example.org");
  });

  it("deletes the pool's personal data and keeps pseudonyms and answers", async () => {
    await coordinator.get(`/panels/${panelId}/manage`);
    expect((await coordinator.post(`/panels/${panelId}/personal-data/delete`, {})).status).toBe(200);
    expect(visibleText(coordinator.lastHtml)).toContain("Persönliche Daten jetzt löschen?");
    expect((await coordinator.post(`/panels/${panelId}/personal-data/delete`, { confirm: "yes" })).status).toBe(303);
    const volunteers = await t.database.db.select().from(panelVolunteers).where(eq(panelVolunteers.panelId, panelId));
    expect(volunteers.every((v) => v.email === null && v.name === null)).toBe(true);
    expect(volunteers.every((v) => v.pseudonym.startsWith("P-") && v.features.gender)).toBe(true);
    const files = await t.database.db.select().from(panelAddressFiles).where(eq(panelAddressFiles.panelId, panelId));
    expect(files).toEqual([]);
  });
});

describe("the panel API", () => {
  it("lists panels with pagination and answers unknown panels with problem+json", async () => {
    const list = (await (await t.app.request("/api/v1/panels?page=1&pageSize=5")).json()) as {
      items: unknown[];
      total: number;
      pageSize: number;
    };
    expect(list.total).toBe(1);
    expect(list.pageSize).toBe(5);
    const missing = await t.app.request("/api/v1/panels/00000000-0000-4000-8000-000000000000");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
    expect((await t.app.request("/api/v1/panels/not-a-uuid")).status).toBe(404);
    expect((await t.app.request("/api/v1/panels?pageSize=1000")).status).toBe(400);
  });
});
