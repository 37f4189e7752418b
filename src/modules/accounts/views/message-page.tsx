import type { Child } from "hono/jsx";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";

/** A short page that tells what happened and where to go next (check your inbox, link used, …). */
export function MessagePage(props: {
  page: PageContext;
  title: string;
  paragraphs: Child[];
  links?: Array<{ href: string; label: string; primary?: boolean }>;
}) {
  return (
    <Layout page={props.page} title={props.title}>
      <div class="prose">
        <h1>{props.title}</h1>
        {props.paragraphs.map((p) => (
          <p>{p}</p>
        ))}
        {props.links && props.links.length > 0 && (
          <p class="actions">
            {props.links.map((link) => (
              <a href={link.href} class={link.primary ? "button button-primary" : undefined}>
                {link.label}
              </a>
            ))}
          </p>
        )}
      </div>
    </Layout>
  );
}
