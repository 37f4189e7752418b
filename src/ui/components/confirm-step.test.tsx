import { describe, expect, it } from "vitest";
import { registerModules } from "../../app/modules";
import { loadCityFile } from "../../platform/city/city-file";
import { translator } from "../../platform/i18n/i18n";
import type { PageContext } from "../page-context";
import { ConfirmStep } from "./confirm-step";

registerModules();

function page(locale: "de" | "en" = "de"): PageContext {
  return {
    t: translator(locale),
    locale,
    user: null,
    isAdmin: false,
    csrfToken: "token-123",
    url: new URL("/budgets/b1/close", "http://localhost"),
    requestId: "r",
    city: loadCityFile(),
  };
}

describe("confirm step", () => {
  it("renders a POST form with the CSRF token, the hidden fields, the button and a way back", () => {
    const html = ConfirmStep({
      page: page(),
      title: "Abstimmung beenden?",
      consequences: <p>Danach kann niemand mehr abstimmen. Das lässt sich nicht rückgängig machen.</p>,
      action: "/budgets/b1/close",
      hidden: { confirm: "yes" },
      confirmLabel: "Ja, beenden",
      cancelHref: "/budgets/b1",
      danger: true,
    }).toString();
    expect(html).toContain('<form method="post" action="/budgets/b1/close"');
    expect(html).toContain('<input type="hidden" name="_csrf" value="token-123"/>');
    expect(html).toContain('<input type="hidden" name="confirm" value="yes"/>');
    expect(html).toContain('class="button button-danger"');
    expect(html).toContain("Ja, beenden");
    expect(html).toContain('href="/budgets/b1"');
    expect(html).toContain(">Abbrechen<");
    expect(html).toContain("nicht rückgängig");
    expect(html).toContain("<h1");
  });

  it("uses the primary button unless the action is marked as dangerous, and speaks English", () => {
    const html = ConfirmStep({
      page: page("en"),
      title: "Publish?",
      consequences: "It cannot be undone.",
      action: "/x",
      confirmLabel: "Publish",
      cancelHref: "/",
    }).toString();
    expect(html).toContain('class="button button-primary"');
    expect(html).not.toContain("button-danger");
    expect(html).toContain(">Cancel<");
  });
});
