import type { Child } from "hono/jsx";

/** What hono's JSX makes of an element: its tag, attributes and children. */
interface ElementNode {
  tag: unknown;
  props: Record<string, unknown>;
  children: Child[];
}

function isElement(child: unknown): child is ElementNode {
  return typeof child === "object" && child !== null && "tag" in child && "props" in child && "children" in child;
}

/** The text of a heading, for the label a cell shows on phones ("" when the heading is not plain text). */
function textOf(child: Child): string {
  if (typeof child === "string" || typeof child === "number") return String(child);
  if (Array.isArray(child)) return child.map(textOf).join("");
  if (isElement(child) && typeof child.tag === "string") return child.children.map(textOf).join("");
  return "";
}

function nodes(children: Child): ElementNode[] {
  if (Array.isArray(children)) return children.flatMap(nodes);
  return isElement(children) ? [children] : [];
}

/**
 * Gives every cell of the rows its column's heading as `data-label`, so on phones the table shows
 * stacked rows with "Heading: value" lines. Cells the view wrote itself keep their own label; rows
 * built by a component are left as they are (they still stack, without labels).
 */
function labelCells(children: Child, labels: string[]): void {
  for (const node of nodes(children)) {
    if (node.tag === "tr") {
      let column = 0;
      for (const cell of nodes(node.children)) {
        if (cell.tag !== "td" && cell.tag !== "th") continue;
        const label = labels[column];
        if (cell.tag === "td" && label && cell.props["data-label"] === undefined) cell.props["data-label"] = label;
        column += Number(cell.props.colspan ?? 1);
      }
    } else if (typeof node.tag === "string" || node.tag === undefined) {
      labelCells(node.children, labels);
    }
  }
}

/**
 * A table with one heading per column. On phones (below 40rem) its rows stack: the headings row
 * is hidden and each cell shows its column's heading before the value, so nothing scrolls
 * sideways (WCAG 1.4.10). `stack={false}` keeps the grid inside a labelled scrolling container
 * instead, for tables whose meaning is the grid itself.
 */
export function DataTable(props: {
  /** Column headings, left to right. */
  columns: Child[];
  children: Child;
  caption?: Child;
  /** Keeps the caption for screen readers when a visible heading already names the table. */
  hideCaption?: boolean;
  id?: string;
  /** Rows stack on phones (default); false keeps a scrolling grid. */
  stack?: boolean;
}) {
  const stack = props.stack ?? true;
  if (stack) labelCells(props.children, props.columns.map(textOf));
  return (
    <div class="table-wrap">
      <table id={props.id} class={stack ? "kern-table stack-table" : "kern-table"}>
        {props.caption !== undefined && (
          <caption class={props.hideCaption ? "visually-hidden" : undefined}>{props.caption}</caption>
        )}
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th scope="col">{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
