import type { Child } from "hono/jsx";
import { locales } from "../platform/i18n/i18n";
import { type PageContext, urlWithLang, urlWithoutLang } from "./page-context";
import { logoHref, stylesheetHref } from "./stylesheet";

export interface LayoutProps {
  page: PageContext;
  title: string;
  children: Child;
  /** Marks the navigation entry of the current section (aria-current). */
  section?: string;
}

const sections = [
  { id: "strategy", href: "/strategy", key: "nav.strategy" },
  { id: "measures", href: "/measures", key: "nav.measures" },
  { id: "monitoring", href: "/monitoring", key: "nav.monitoring" },
  { id: "arena", href: "/arena", key: "nav.arena" },
  { id: "workshops", href: "/workshops", key: "nav.workshops" },
  { id: "budgets", href: "/budgets", key: "nav.budgets" },
  { id: "panels", href: "/panels", key: "nav.panels" },
];

const languageNames = { de: "Deutsch", en: "English" } as const;

/** The frame of every page: skip link, header with navigation and language switch, main, footer. */
export function Layout({ page, title, children, section }: LayoutProps) {
  const { t, locale, user } = page;
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${t("site.name")}`}</title>
        <link rel="stylesheet" href={stylesheetHref()} />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <script src="/assets/enhance.js" defer />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t("layout.skipToContent")}
        </a>
        <header class="site-header">
          <div class="container header-row">
            <a class="brand" href="/">
              {logoHref() ? (
                <img class="brand-logo" src={logoHref()} alt="" />
              ) : (
                <span class="brand-mark" aria-hidden="true">
                  ◆
                </span>
              )}
              <span>{t("site.name")}</span>
              <span class="brand-city">{t("site.city")}</span>
            </a>
            {/* A menu button on phones: a <details>, so it opens without JavaScript and announces its
                state; on wide screens its content is always shown (site.css, enhance.js). */}
            <details class="site-menu" data-site-menu>
              <summary class="menu-button">
                <span class="menu-icon" aria-hidden="true" />
                {t("layout.menu")}
              </summary>
              <div class="site-menu-panel">
                <nav aria-label={t("layout.mainNavigation")} class="main-nav">
                  <ul>
                    {sections.map((s) => (
                      <li>
                        <a href={s.href} aria-current={section === s.id ? "page" : undefined}>
                          {t(s.key)}
                        </a>
                      </li>
                    ))}
                  </ul>
                </nav>
                <nav aria-label={t("layout.accountNavigation")} class="account-nav">
                  <ul>
                    {user ? (
                      <>
                        {page.isOffice && (
                          <li>
                            <a href="/office">{t("nav.office")}</a>
                          </li>
                        )}
                        {page.isAdmin && (
                          <li>
                            <a href="/admin">{t("nav.admin")}</a>
                          </li>
                        )}
                        <li>
                          <a href="/profile">{t("nav.profile")}</a>
                        </li>
                        <li>
                          <form method="post" action="/logout" class="inline-form">
                            <input type="hidden" name="_csrf" value={page.csrfToken} />
                            <button type="submit" class="link-button">
                              {t("nav.logout")}
                            </button>
                          </form>
                        </li>
                      </>
                    ) : (
                      <>
                        <li>
                          <a href="/login">{t("nav.login")}</a>
                        </li>
                        <li>
                          <a href="/register">{t("nav.register")}</a>
                        </li>
                      </>
                    )}
                  </ul>
                </nav>
                <nav class="lang-switch" aria-label={t("layout.language")}>
                  <ul>
                    {locales.map((l) => (
                      <li>
                        {l === locale ? (
                          <span aria-current="true" lang={l}>
                            {languageNames[l]}
                          </span>
                        ) : user ? (
                          // Signed in, the choice is stored on the account: a form, so no link from
                          // another site can change it.
                          <form method="post" action="/profile/language" class="inline-form">
                            <input type="hidden" name="_csrf" value={page.csrfToken} />
                            <input type="hidden" name="next" value={urlWithoutLang(page.url)} />
                            <button type="submit" name="locale" value={l} class="link-button" lang={l}>
                              {languageNames[l]}
                            </button>
                          </form>
                        ) : (
                          <a href={urlWithLang(page.url, l)} hreflang={l} lang={l}>
                            {languageNames[l]}
                          </a>
                        )}
                      </li>
                    ))}
                  </ul>
                </nav>
              </div>
            </details>
          </div>
        </header>
        <main id="main" tabindex={-1} class="container">
          {children}
        </main>
        <footer class="site-footer">
          <div class="container">
            <nav aria-label={t("layout.footerNavigation")}>
              <ul>
                <li>
                  <a href="/leichte-sprache">{t("nav.easyLanguage")}</a>
                </li>
                <li>
                  <a href="/barrierefreiheit">{t("nav.accessibility")}</a>
                </li>
                <li>
                  <a href="/datenschutz">{t("nav.privacy")}</a>
                </li>
                <li>
                  <a href="/impressum">{t("nav.imprint")}</a>
                </li>
                <li>
                  <a href="/open-data">{t("nav.api")}</a>
                </li>
              </ul>
            </nav>
            <p class="footer-note">{t("layout.footerNote")}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
