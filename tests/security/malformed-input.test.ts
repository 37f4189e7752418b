import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RouteFixture, routeFixture } from "./route-fixture";
import { fillPath, routeTable } from "./route-table";

/**
 * Generated from the app's route table: malformed bytes sent to every route — a broken multipart
 * body, broken percent-encoding, broken JSON, invalid UTF-8, NUL bytes in the path, the query and
 * the fields — never give a 500 and never write an error-level log line. They are sent as an
 * administrator with a valid CSRF token, so each request gets past the permission check to the
 * code that reads the input, and once more as a guest without a token.
 */
let f: RouteFixture;
beforeAll(async () => {
  f = await routeFixture();
}, 600_000);
afterAll(() => f?.t.close());

const invalidUtf8 = Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3d, 0xff, 0xfe, 0xc3, 0x28]);
const bodies: Array<{ name: string; type: string; body: string | Uint8Array }> = [
  {
    name: "multipart with a broken boundary",
    type: "multipart/form-data; boundary=xyz",
    body: "--abc\r\nContent-Disp",
  },
  { name: "multipart without a boundary", type: "multipart/form-data", body: "garbage" },
  { name: "broken percent-encoding", type: "application/x-www-form-urlencoded", body: "title=%ZZ%&name=%E0%A4%A" },
  {
    name: "NUL in a field",
    type: "application/x-www-form-urlencoded",
    body: "title=a%00b&name=%00&email=x%00%40example.org&q=%00",
  },
  { name: "invalid UTF-8", type: "application/x-www-form-urlencoded", body: invalidUtf8 },
  {
    name: "percent-encoded invalid UTF-8",
    type: "application/x-www-form-urlencoded",
    body: "title=%FF%FE&name=%C3%28",
  },
  {
    name: "multipart with NUL in a field and in a file",
    type: "multipart/form-data; boundary=B0undary",
    body: [
      "--B0undary",
      'Content-Disposition: form-data; name="title"',
      "",
      "a\u0000b",
      "--B0undary",
      'Content-Disposition: form-data; name="name"',
      "",
      "\u0000",
      "--B0undary",
      'Content-Disposition: form-data; name="file"; filename="quotas.csv"',
      "Content-Type: text/csv",
      "",
      "group,value,min,max\r\nage\u0000,18-29,1,2",
      "--B0undary--",
      "",
    ].join("\r\n"),
  },
  { name: "broken JSON", type: "application/json", body: '{"title": "a' },
  { name: "JSON with NUL", type: "application/json", body: '{"title":"a\\u0000b"}' },
];

interface Sent {
  label: string;
  status: number;
  errors: string[];
}

async function send(
  path: string,
  method: string,
  init: { type?: string; body?: string | Uint8Array; cookie?: string; csrf?: string },
): Promise<Sent> {
  const before = f.t.logger.entries.length;
  const headers: Record<string, string> = {};
  if (init.type) headers["content-type"] = init.type;
  if (init.cookie) headers.cookie = init.cookie;
  if (init.csrf) headers["x-csrf-token"] = init.csrf;
  const response = await f.t.app.request(`http://localhost${path}`, {
    method,
    headers,
    body: init.body as BodyInit | undefined,
  });
  await response.arrayBuffer();
  const errors = f.t.logger.entries
    .slice(before)
    .filter((e) => e.level === "error")
    .map((e) => e.message);
  return { label: `${method} ${path}`, status: response.status, errors };
}

function cookieOf(client: RouteFixture["admin"]): string {
  return [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
}

describe("malformed input to every route", () => {
  it("never answers 500 nor logs an error", async () => {
    await f.admin.get("/profile");
    const adminCookie = cookieOf(f.admin);
    const csrf = f.admin.csrfToken();
    const failures: string[] = [];
    const check = (sent: Sent, what: string) => {
      if (sent.status >= 500 || sent.errors.length > 0)
        failures.push(
          `${sent.label} (${what}) → ${sent.status}${sent.errors.length ? ` logged ${sent.errors.join("; ")}` : ""}`,
        );
    };
    for (const route of routeTable(f.t.app)) {
      const path = f.realPath(route.path);
      const nulPath = fillPath(route.path, () => "%00");
      if (nulPath !== route.path)
        check(await send(nulPath, route.method, { cookie: adminCookie, csrf }), "NUL in the path");
      const brokenPath = fillPath(route.path, () => "%E0%A4%A");
      if (brokenPath !== route.path)
        check(
          await send(brokenPath, route.method, { cookie: adminCookie, csrf }),
          "broken percent-encoding in the path",
        );
      check(
        await send(`${path}?q=%00&page=%00&actor=%00&lang=%00`, "GET", { cookie: adminCookie }),
        "NUL in the query",
      );
      if (route.method === "GET") continue;
      for (const body of bodies) {
        check(
          await send(path, route.method, { type: body.type, body: body.body, cookie: adminCookie, csrf }),
          body.name,
        );
        check(await send(path, route.method, { type: body.type, body: body.body }), `${body.name}, guest`);
      }
    }
    expect(failures).toEqual([]);
  });
});
