import type { Child } from "hono/jsx";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";

const areas = [
  { id: "overview", href: "/admin", key: "admin.nav.overview" },
  { id: "users", href: "/admin/users", key: "admin.nav.users" },
  { id: "audit", href: "/admin/audit", key: "admin.nav.audit" },
] as const;

export type AdminArea = (typeof areas)[number]["id"];

/** The frame of every administration page: the site layout with the administration's own navigation. */
export function AdminFrame(props: { page: PageContext; title: string; area: AdminArea; children: Child }) {
  const { t } = props.page;
  return (
    <Layout page={props.page} title={props.title}>
      <nav class="sub-nav" aria-label={t("admin.nav.label")}>
        <ul>
          {areas.map((area) => (
            <li>
              <a href={area.href} aria-current={area.id === props.area ? "page" : undefined}>
                {t(area.key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {props.children}
    </Layout>
  );
}

/** A role's name for people, e.g. "Moderation"; unknown roles show their code. */
export function roleName(t: PageContext["t"], role: string): string {
  const key = `roles.${role}`;
  const text = t(key);
  return text === key ? role : text;
}

/** Where a role applies: everywhere, or on one object ("measure smart-water"). */
export function scopeText(
  t: PageContext["t"],
  grant: { scopeType: string | null; scopeId: string | null },
  /** The object's name, when known ("Smartes Wassermanagement" instead of `smart-water`). */
  name?: string,
): string {
  if (!grant.scopeType) return t("admin.roles.scopeGlobal");
  const key = `scopeTypes.${grant.scopeType}`;
  const type = t(key) === key ? grant.scopeType : t(key);
  return t("admin.roles.scopeOne", { type, id: name ?? grant.scopeId ?? "" });
}
