import type { Child } from "hono/jsx";

/**
 * Content inside a sentence or list entry, marked with its language where that differs from the
 * page's (`lang` from `contentLang`); where they agree, the bare text without an extra element.
 */
export function Written(props: { lang: string | undefined; children: Child }) {
  return props.lang ? <span lang={props.lang}>{props.children}</span> : <>{props.children}</>;
}
