import type { Child } from "hono/jsx";

/**
 * A table with one heading per column, inside the scrolling wrapper narrow screens need. The rows
 * are passed as children because their cells differ from table to table (a row heading, a class,
 * a form), while the frame around them is always the same.
 */
export function DataTable(props: {
  /** Column headings, left to right. */
  columns: Child[];
  children: Child;
  caption?: Child;
  /** Keeps the caption for screen readers when a visible heading already names the table. */
  hideCaption?: boolean;
  id?: string;
}) {
  return (
    <div class="table-wrap">
      <table id={props.id}>
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
