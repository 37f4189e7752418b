import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/app";
import { BrowserClient } from "../../../tests/support/browser-client";
import { mailOutbox } from "./schema";

interface Received {
  to: string[];
  raw: string;
}

/** The decoded text/plain part of a MIME message. */
function plainText(raw: string): string {
  const boundary = raw.match(/boundary="?([^";\r\n]+)"?/i)?.[1];
  const parts = boundary ? raw.split(`--${boundary}`) : [raw];
  const part = parts.find((p) => /content-type:\s*text\/plain/i.test(p));
  if (!part) throw new Error("no text/plain part");
  const split = part.search(/\r?\n\r?\n/);
  const headers = part.slice(0, split);
  const body = part.slice(split).trim();
  const encoding = headers.match(/content-transfer-encoding:\s*([\w-]+)/i)?.[1]?.toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

let server: SMTPServer;
const received: Received[] = [];
let t: TestApp;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  t = await createTestApp({
    env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: "Gemeinsam <no-reply@gemeinsam.example>" },
  });
});

afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("mail over SMTP", () => {
  it("delivers the confirmation mail to a real SMTP server, and its link confirms the account", async () => {
    const browser = new BrowserClient(t.app);
    await browser.get("/register");
    const password = "Wasserturm-im-Prenzlauer-Berg";
    const registered = await browser.post("/register", {
      email: "smtp.reader@example.org",
      displayName: "Leser:in",
      password,
    });
    expect(registered.status).toBe(303);

    const mail = received.find((m) => m.to.includes("smtp.reader@example.org"));
    expect(mail).toBeDefined();
    expect(mail?.raw).toMatch(/^From: Gemeinsam <no-reply@gemeinsam\.example>/m);
    expect(mail?.raw).toMatch(/content-type:\s*text\/html/i);
    const text = plainText(mail?.raw ?? "");
    expect(text).toContain("Hallo Leser:in,");
    const link = text.match(/http:\/\/localhost:3000(\/verify\?token=[A-Za-z0-9_-]+)/)?.[1];
    expect(link).toBeDefined();

    const [row] = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.to, "smtp.reader@example.org"));
    expect(row?.status).toBe("sent");
    expect(row?.sentAt).toBeInstanceOf(Date);

    await browser.get(link ?? "");
    expect(browser.lastHtml).toContain("E-Mail-Adresse bestätigt");
    await browser.get("/login");
    expect((await browser.post("/login", { email: "smtp.reader@example.org", password })).status).toBe(303);
  });
});
