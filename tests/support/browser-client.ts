import type { Hono } from "hono";
import type { AppEnv } from "../../src/platform/http/env";

/**
 * A tiny in-memory "browser" for route tests: keeps cookies between requests, reads the CSRF
 * token from the last page's form, and posts forms the way a browser without JavaScript would.
 */
export class BrowserClient {
  readonly cookies = new Map<string, string>();
  lastHtml = "";

  constructor(
    private readonly app: Hono<AppEnv>,
    private readonly origin = "http://localhost",
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (/max-age=0/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    const response = await this.app.request(`${this.origin}${path}`, {
      headers: { cookie: this.cookieHeader(), ...headers },
    });
    this.remember(response);
    if ((response.headers.get("content-type") ?? "").includes("text/html"))
      this.lastHtml = await response.clone().text();
    return response;
  }

  csrfToken(): string {
    const match = this.lastHtml.match(/name="_csrf" value="([^"]+)"/);
    if (!match?.[1]) throw new Error("no CSRF token on the last page");
    return match[1];
  }

  /** Posts a form with the CSRF token of the last page (pass `_csrf: ""` to leave it out). */
  async post(path: string, fields: Record<string, string | string[]>): Promise<Response> {
    const body = new URLSearchParams();
    const withToken = "_csrf" in fields ? fields : { _csrf: this.csrfToken(), ...fields };
    for (const [key, value] of Object.entries(withToken)) {
      for (const v of Array.isArray(value) ? value : [value]) if (!(key === "_csrf" && v === "")) body.append(key, v);
    }
    const response = await this.app.request(`${this.origin}${path}`, {
      method: "POST",
      headers: { cookie: this.cookieHeader(), "content-type": "application/x-www-form-urlencoded" },
      body: body.toString(),
    });
    this.remember(response);
    if ((response.headers.get("content-type") ?? "").includes("text/html"))
      this.lastHtml = await response.clone().text();
    return response;
  }
}
