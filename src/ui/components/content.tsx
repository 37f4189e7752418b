import type { Child } from "hono/jsx";

/**
 * Building blocks for content, on KERN's components (see ADR 0012). Views use these instead of
 * writing KERN's class names, so a later KERN release changes one place.
 */

export type Tone = "info" | "success" | "warning" | "danger";

/**
 * A message that needs attention: KERN's alert. With a title, the title stands beside the icon and
 * the children below it; without one, the children themselves stand beside the icon (a one-line
 * notice such as "Saved."). `role="alert"` only for a problem that just happened (it interrupts
 * screen readers); otherwise a status.
 *
 * @example <Alert tone="warning" title={t("budget.closedTitle")}><p>{t("budget.closedText")}</p></Alert>
 * @example <Alert tone="success">{t("budget.notice.reviewed")}</Alert>
 */
export function Alert(props: { tone?: Tone; title?: Child; children?: Child; urgent?: boolean; id?: string }) {
  const tone = props.tone ?? "info";
  const titled = props.title !== undefined;
  return (
    <div class={`kern-alert kern-alert--${tone}`} role={props.urgent ? "alert" : "status"} id={props.id}>
      <div class="kern-alert__header">
        <span class={`kern-icon kern-icon--${tone}`} aria-hidden="true" />
        {titled ? <span class="kern-title">{props.title}</span> : <div class="kern-alert__text">{props.children}</div>}
      </div>
      {titled && props.children !== undefined && <div class="kern-alert__body">{props.children}</div>}
    </div>
  );
}

/** A short label beside a title (a status, "Demo"). The text itself says what it means; colour only adds to it. */
export function Badge(props: { children: Child; tone?: Tone | "demo" }) {
  const tone = props.tone === "demo" ? "badge-demo" : props.tone ? `kern-badge--${props.tone}` : "";
  return <span class={`badge ${tone}`.trim()}>{props.children}</span>;
}

/**
 * A card in a list of cards (`<ul class="cards">`): a heading that links to the page, a text and
 * optional extras (badges, facts). The whole card is not one link, so its text stays selectable
 * and screen readers hear the heading as the link's name.
 */
export function Card(props: { title: Child; href?: string; level?: 2 | 3; children?: Child; badges?: Child }) {
  const heading = props.href ? <a href={props.href}>{props.title}</a> : props.title;
  return (
    <li class="card">
      {props.level === 2 ? <h2>{heading}</h2> : <h3>{heading}</h3>}
      {props.badges !== undefined && <p class="badges">{props.badges}</p>}
      {props.children}
    </li>
  );
}

/**
 * Facts as term and value pairs (a measure's "Steckbrief"): two columns on wide screens, one below
 * the other on phones. Pairs without a value are left out instead of showing "not given".
 */
export function DescriptionList(props: { items: Array<{ term: Child; value: Child | null | undefined }> }) {
  const items = props.items.filter((item) => item.value !== null && item.value !== undefined && item.value !== "");
  if (items.length === 0) return null;
  return (
    <dl class="facts">
      {items.map((item) => (
        <>
          <dt>{item.term}</dt>
          <dd>{item.value}</dd>
        </>
      ))}
    </dl>
  );
}
