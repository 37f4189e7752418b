import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkInMail, logInGerman, registerAndConfirmGerman, uniqueEmail } from "./support/accounts";
import { browserAvailable, launchChromium } from "./support/chromium";
import { clickAndLoad, eventually } from "./support/navigation";
import { type RunningServer, startServer } from "./support/server";
import { startSmtpServer } from "./support/smtp";

type Smtp = Awaited<ReturnType<typeof startSmtpServer>>;

const h1 = (page: Page, name: string) => page.getByRole("heading", { level: 1, name, exact: true });

/**
 * The account flows a person goes through, in a real browser against the real server, with mail
 * delivered to an SMTP server in this process. Every flow runs with JavaScript on and off.
 */
describe.runIf(browserAvailable())("account flows in a real browser", () => {
  let server: RunningServer;
  let smtp: Smtp;
  let browser: Browser;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    server = await startServer({ SMTP_URL: smtp.url });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.stop();
  });

  async function newContext(javaScriptEnabled: boolean): Promise<BrowserContext> {
    const context = await browser.newContext({ baseURL: server.baseUrl, locale: "de-DE", javaScriptEnabled });
    context.setDefaultTimeout(15_000);
    return context;
  }

  for (const javaScriptEnabled of [true, false]) {
    const mode = javaScriptEnabled ? "with JavaScript" : "without JavaScript";

    it(`registers, confirms the address from the mail, logs in, switches language and logs out (${mode})`, async () => {
      const context = await newContext(javaScriptEnabled);
      const page = await context.newPage();
      const email = uniqueEmail("anna");
      const password = "Kiefernzapfen-Laterne-42";

      await page.goto("/");
      await clickAndLoad(page.getByRole("navigation", { name: "Konto" }).getByRole("link", { name: "Registrieren" }));
      await h1(page, "Registrieren").waitFor();
      await page.getByLabel("E-Mail-Adresse").fill(email);
      await page.getByLabel("Anzeigename").fill("Anna aus Moabit");
      await page.getByLabel(/^Passwort\b/).fill(password);
      await clickAndLoad(page.getByRole("button", { name: "Konto anlegen" }));
      await h1(page, "Bitte schauen Sie in Ihr Postfach").waitFor();

      const mail = await smtp.waitForMail(email);
      expect(mail.text).toContain("Der Link gilt 24 Stunden und kann nur einmal benutzt werden.");
      const link = linkInMail(mail, "/verify");
      expect(`${server.baseUrl}${link}`).toMatch(new RegExp(`^${server.baseUrl}/verify\\?token=[A-Za-z0-9_-]{20,}$`));

      // Not confirmed yet: the login says so and does not let the person in.
      await logInGerman(page, email, password);
      await page.getByText("Bestätigungslink erneut schicken").waitFor();
      await eventually(() => page.getByRole("link", { name: "Mein Konto" }).count()).toBe(0);

      await page.goto(link);
      await h1(page, "E-Mail-Adresse bestätigt").waitFor();
      await clickAndLoad(page.getByRole("link", { name: "Jetzt anmelden" }));
      await page.getByText("Ihre E-Mail-Adresse ist bestätigt. Sie können sich jetzt anmelden.").waitFor();

      await page.getByLabel("E-Mail-Adresse").fill(email);
      await page.getByLabel(/^Passwort\b/).fill(password);
      await clickAndLoad(page.getByRole("button", { name: "Anmelden" }));
      const accountNav = page.getByRole("navigation", { name: "Konto" });
      await accountNav.getByRole("link", { name: "Mein Konto" }).waitFor();
      await eventually(() => accountNav.getByRole("link", { name: "Anmelden" }).count()).toBe(0);

      await clickAndLoad(page.getByRole("navigation", { name: "Sprache" }).getByRole("button", { name: "English" }));
      await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "My account" }).waitFor();
      await eventually(() => page.getAttribute("html", "lang")).toBe("en");

      // The choice belongs to the account: a browser without the language cookie shows English after login.
      const other = await newContext(javaScriptEnabled);
      const otherPage = await other.newPage();
      await logInGerman(otherPage, email, password);
      await otherPage.goto("/profile");
      await h1(otherPage, "My account").waitFor();
      await eventually(() => otherPage.getAttribute("html", "lang")).toBe("en");
      await other.close();

      await clickAndLoad(page.getByRole("button", { name: "Log out" }));
      await page.getByText("You have logged out.").waitFor();
      await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Log in" }).waitFor();
      const profile = await page.goto("/profile");
      expect(page.url()).not.toMatch(/\/profile$/);
      expect([200, 401]).toContain(profile?.status());
      await h1(page, "Log in").or(h1(page, "Login required")).waitFor();
      await context.close();
    });

    it(`resets a forgotten password with the link from the mail, once (${mode})`, async () => {
      const context = await newContext(javaScriptEnabled);
      const page = await context.newPage();
      const email = uniqueEmail("berta");
      const oldPassword = "Wasserturm-Pankow-1903";
      const newPassword = "Spreebogen-Kiezkasse-77";
      await registerAndConfirmGerman(page, smtp.waitForMail, { email, displayName: "Berta", password: oldPassword });

      await page.goto("/login");
      await clickAndLoad(page.getByRole("link", { name: "Passwort vergessen?" }));
      await h1(page, "Passwort vergessen").waitFor();
      await page.getByLabel("E-Mail-Adresse").fill(email);
      await clickAndLoad(page.getByRole("button", { name: "Link anfordern" }));
      await h1(page, "Bitte schauen Sie in Ihr Postfach").waitFor();

      const mail = await smtp.waitForMail(email);
      expect(mail.text).toContain("Der Link gilt eine Stunde und kann nur einmal benutzt werden.");
      const link = linkInMail(mail, "/reset-password");
      await page.goto(link);
      await h1(page, "Neues Passwort festlegen").waitFor();
      await page.getByLabel("Neues Passwort").fill(newPassword);
      await clickAndLoad(page.getByRole("button", { name: "Passwort speichern" }));
      await page.getByText("Ihr neues Passwort ist gespeichert. Bitte melden Sie sich damit an.").waitFor();

      await logInGerman(page, email, oldPassword);
      await page.getByText("E-Mail-Adresse oder Passwort sind nicht richtig.").first().waitFor();
      await logInGerman(page, email, newPassword);
      await page.getByRole("navigation", { name: "Konto" }).getByRole("link", { name: "Mein Konto" }).waitFor();

      await page.goto(link);
      await h1(page, "Dieser Link funktioniert nicht (mehr)").waitFor();
      await context.close();
    });

    it(`lets the first administrator grant the moderator role, recorded in the audit log (${mode})`, async () => {
      const admin = server.admin;
      if (!admin) throw new Error("the server printed no first administrator");
      const residentContext = await newContext(javaScriptEnabled);
      const residentEmail = uniqueEmail("carla");
      const residentName = `Carla ${javaScriptEnabled ? "A" : "B"}`;
      await registerAndConfirmGerman(await residentContext.newPage(), smtp.waitForMail, {
        email: residentEmail,
        displayName: residentName,
        password: "Tempelhofer-Feld-Drachen",
      });
      await residentContext.close();

      const context = await newContext(javaScriptEnabled);
      const page = await context.newPage();
      await logInGerman(page, admin.email, admin.password);
      await clickAndLoad(page.getByRole("navigation", { name: "Konto" }).getByRole("link", { name: "Verwaltung" }));
      await h1(page, "Verwaltung").waitFor();
      await clickAndLoad(page.getByRole("link", { name: "Konten und Rollen" }).first());
      await h1(page, "Konten und Rollen").waitFor();
      await page.getByLabel("Konto suchen").fill(residentEmail);
      await clickAndLoad(page.getByRole("button", { name: "Suchen" }));
      await page.getByText(`Gefundene Konten für „${residentEmail}“: 1`).waitFor();
      await clickAndLoad(page.getByRole("link", { name: residentName }));
      await h1(page, residentName).waitFor();

      const grantForm = page.locator("form", { has: page.locator('input[name="kind"][value="global"]') });
      await grantForm.getByLabel("Rolle").selectOption({ label: "Moderation" });
      await clickAndLoad(grantForm.getByRole("button", { name: "Rolle vergeben" }));
      await page.getByText("Die Rolle wurde vergeben.").waitFor();
      const rolesTable = page.getByRole("table").filter({ hasText: "Gilt für" });
      await rolesTable.getByRole("cell", { name: "Moderation", exact: true }).waitFor();

      await clickAndLoad(page.getByRole("link", { name: "Änderungsprotokoll" }).first());
      await h1(page, "Änderungsprotokoll").waitFor();
      const entry = page.getByRole("row").filter({ hasText: "Rolle vergeben" }).filter({ hasText: residentEmail });
      await entry.first().waitFor();
      // The change names the role that was granted (shown as its code or its name).
      await eventually(() => entry.first().textContent()).toMatch(/nachher: (moderator|Moderation)/);
      await context.close();
    });

    it(`shows a resident a 403 page in the administration area (${mode})`, async () => {
      const context = await newContext(javaScriptEnabled);
      const page = await context.newPage();
      const email = uniqueEmail("dora");
      const password = "Mauerpark-Karaoke-Sonntag";
      await registerAndConfirmGerman(page, smtp.waitForMail, { email, displayName: "Dora", password });
      await logInGerman(page, email, password);
      const accountNav = page.getByRole("navigation", { name: "Konto" });
      await accountNav.getByRole("link", { name: "Mein Konto" }).waitFor();
      await eventually(() => accountNav.getByRole("link", { name: "Verwaltung" }).count()).toBe(0);

      for (const path of ["/admin", "/admin/users", "/admin/audit"]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
        await h1(page, "Kein Zugriff").waitFor();
        await eventually(() => page.getByText("Dafür fehlt Ihnen die Berechtigung.").count()).toBe(1);
      }
      await context.close();
    });
  }
});
