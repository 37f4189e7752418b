import { randomUUID } from "node:crypto";
import { participationPhases, participationProcesses } from "../../src/modules/participation/data/schema";
import type { Method } from "../../src/modules/participation/domain/process";
import type { Database } from "../../src/platform/db/database";
import type { BrowserClient } from "./browser-client";

const DAY = 24 * 60 * 60 * 1000;

/**
 * A process inserted straight into the database (the process form is tested on its own): by
 * default public and in a text review phase from yesterday for thirty days.
 */
export async function insertProcess(
  database: Database,
  options: { now?: Date; phases?: Array<{ method: Method; days: number }>; visibility?: "public" | "invited" } = {},
): Promise<{ id: string; slug: string }> {
  const now = options.now ?? new Date();
  const slug = `entwurf-${randomUUID().slice(0, 8)}`;
  const [row] = await database.db
    .insert(participationProcesses)
    .values({
      slug,
      title: { de: "Strategie Smart City 2030", en: "Smart City Strategy 2030" },
      summary: { de: "Wir überarbeiten die Strategie.", en: "We revise the strategy." },
      subjectKind: "strategy",
      organisation: "Geschäftsstelle Smart City",
      contact: "smart-city@example.org",
      visibility: options.visibility ?? "public",
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: participationProcesses.id });
  if (!row) throw new Error("no process");
  let start = now.getTime() - DAY;
  for (const [position, phase] of (options.phases ?? [{ method: "text-review", days: 30 }]).entries()) {
    const end = start + phase.days * DAY;
    await database.db.insert(participationPhases).values({
      processId: row.id,
      position,
      method: phase.method,
      startsAt: new Date(start),
      endsAt: new Date(end),
    });
    start = end;
  }
  return { id: row.id, slug };
}

/** Sends a form with files the way a browser does (multipart), with the CSRF token of the last page. */
export async function postMultipart(
  app: { request: (url: string, init: RequestInit) => Response | Promise<Response> },
  browser: BrowserClient,
  path: string,
  fields: Record<string, string>,
  files: Record<string, { name: string; content: Uint8Array<ArrayBuffer> | string; type?: string }> = {},
): Promise<Response> {
  const form = new FormData();
  form.append("_csrf", browser.csrfToken());
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  for (const [key, file] of Object.entries(files))
    form.append(key, new File([file.content], file.name, { type: file.type ?? "text/markdown" }));
  const cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  const response = await app.request(`http://localhost${path}`, { method: "POST", headers: { cookie }, body: form });
  if ((response.headers.get("content-type") ?? "").includes("text/html"))
    browser.lastHtml = await response.clone().text();
  return response;
}
