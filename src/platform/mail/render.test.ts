import { beforeAll, describe, expect, it } from "vitest";
import { registerMessages } from "../i18n/i18n";
import { mailMessages } from "./messages";
import { escapeHtml } from "./render";
import { alreadyRegisteredMail, emailChangedMail, resetPasswordMail, verifyAddressMail } from "./templates/account";

beforeAll(() => registerMessages(mailMessages));

describe("account mails", () => {
  it("have the same keys in German and English", () => {
    expect(Object.keys(mailMessages.en).sort()).toEqual(Object.keys(mailMessages.de).sort());
  });

  it("come in the recipient's language, as text and HTML, with the link in both", () => {
    const url = "https://gemeinsam.example/verify?token=abc_DEF-123";
    const de = verifyAddressMail({ locale: "de", displayName: "Mara" }, url);
    expect(de.subject).toBe("Bitte bestätigen Sie Ihre E-Mail-Adresse");
    expect(de.text).toContain("Hallo Mara,");
    expect(de.text).toContain(url);
    expect(de.html).toContain('<html lang="de">');
    expect(de.html).toContain(`href="${url}"`);
    const en = verifyAddressMail({ locale: "en", displayName: "Mara" }, url);
    expect(en.subject).toBe("Please confirm your e-mail address");
    expect(en.text).toContain("valid for 24 hours");
  });

  it("escape every interpolated value in the HTML part", () => {
    const name = '<script>alert("x")</script> & Co';
    const mail = emailChangedMail(
      { locale: "en", displayName: name },
      { newEmail: "a<b>@example.org", imprintUrl: "https://x/impressum" },
    );
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
    expect(mail.html).toContain("a&lt;b&gt;@example.org");
    // The text part is plain text: shown as typed.
    expect(mail.text).toContain(`Hello ${name},`);
    const link = resetPasswordMail(
      { locale: "de", displayName: "M" },
      'https://x/reset-password?token=a"onmouseover="b',
    );
    expect(link.html).not.toContain('"onmouseover="');
  });

  it("tell the owner of an existing account how to log in or reset the password", () => {
    const mail = alreadyRegisteredMail(
      { locale: "de", displayName: "Mara" },
      { loginUrl: "https://x/login", resetUrl: "https://x/forgot-password" },
    );
    expect(mail.subject).toBe("Sie haben bereits ein Konto");
    expect(mail.text).toContain("https://x/login");
    expect(mail.text).toContain("https://x/forgot-password");
  });

  it("escapes the five HTML special characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
