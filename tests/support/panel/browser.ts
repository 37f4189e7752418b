import type { TestApp } from "../app";
import type { BrowserClient } from "../browser-client";

/** Posts a file the way a browser's upload form does (multipart), with the CSRF token of the last page. */
export async function uploadFile(
  t: TestApp,
  browser: BrowserClient,
  path: string,
  field: string,
  content: string,
  filename = "sample.csv",
  fields: Record<string, string> = {},
): Promise<Response> {
  const form = new FormData();
  form.append("_csrf", browser.csrfToken());
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append(field, new File([content], filename, { type: "text/csv" }));
  const cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  const response = await t.app.request(`http://localhost${path}`, { method: "POST", headers: { cookie }, body: form });
  if ((response.headers.get("content-type") ?? "").includes("text/html"))
    browser.lastHtml = await response.clone().text();
  return response;
}

/** The text a person sees in a page: tags removed, entities of the usual kind decoded, spaces collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}
