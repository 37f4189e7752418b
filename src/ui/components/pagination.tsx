import type { PageContext } from "../page-context";

export interface PaginationProps {
  page: PageContext;
  /** The page shown now, counted from 1. */
  current: number;
  pageSize: number;
  total: number;
  /** The query parameter that holds the page number (default `page`). */
  param?: string;
  /** Where on the page each link leads (`comments` for `#comments`), for a list below other content. */
  fragment?: string;
  /** Query parameters the links leave out (a state that belongs to one page, like an open form). */
  drop?: string[];
  /** The name of the navigation, when a page has more than one list (default "Seiten"). */
  label?: string;
}

/** The page numbers to show: the first, the last and two on each side of the current one; null marks a gap. */
export function pageWindow(current: number, last: number, radius = 2): Array<number | null> {
  const shown = new Set<number>([1, last]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= last) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const result: Array<number | null> = [];
  for (const [i, n] of sorted.entries()) {
    const previous = sorted[i - 1];
    if (previous !== undefined && n - previous > 1) result.push(null);
    result.push(n);
  }
  return result;
}

/** A link to page `n` of the current list, keeping every other query parameter (filters, page size). */
function pageHref(url: URL, n: number, props: PaginationProps): string {
  const param = props.param ?? "page";
  const next = new URL(url);
  for (const name of ["lang", ...(props.drop ?? [])]) next.searchParams.delete(name);
  if (n === 1) next.searchParams.delete(param);
  else next.searchParams.set(param, String(n));
  return `${next.pathname}${next.search}${props.fragment ? `#${props.fragment}` : ""}`;
}

/**
 * Links between the pages of a list: previous, numbered pages (the current one marked with
 * aria-current) and next. Plain links, so it works without JavaScript. Renders nothing for one page.
 */
export function Pagination(props: PaginationProps) {
  const { t, url } = props.page;
  const last = Math.max(1, Math.ceil(props.total / props.pageSize));
  if (last <= 1) return null;
  const current = Math.min(Math.max(1, props.current), last);
  return (
    <nav class="pagination" aria-label={props.label ?? t("pagination.label")}>
      <ul>
        {current > 1 && (
          <li>
            <a href={pageHref(url, current - 1, props)} rel="prev">
              {t("pagination.previous")}
            </a>
          </li>
        )}
        {pageWindow(current, last).map((n) =>
          n === null ? (
            <li class="pagination-gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li>
              {n === current ? (
                <a href={pageHref(url, n, props)} aria-current="page" aria-label={t("pagination.page", { page: n })}>
                  {n}
                </a>
              ) : (
                <a href={pageHref(url, n, props)} aria-label={t("pagination.page", { page: n })}>
                  {n}
                </a>
              )}
            </li>
          ),
        )}
        {current < last && (
          <li>
            <a href={pageHref(url, current + 1, props)} rel="next">
              {t("pagination.next")}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
