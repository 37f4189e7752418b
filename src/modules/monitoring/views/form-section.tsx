import type { Child } from "hono/jsx";

/** One form of the monitoring page's team panel, under its own heading. */
export function FormSection(props: { id: string; heading: string; children: Child }) {
  return (
    <section class="edit-section" aria-labelledby={`${props.id}-heading`}>
      <h3 id={`${props.id}-heading`}>{props.heading}</h3>
      {props.children}
    </section>
  );
}
