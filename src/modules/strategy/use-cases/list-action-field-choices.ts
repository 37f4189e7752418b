import type { Executor } from "../../../platform/db/database";
import type { Locale } from "../../../platform/i18n/i18n";
import { loadReference } from "../data/catalogue";
import type { Reference } from "../domain/catalogue";
import { pick } from "../domain/model";

/** An action field as a form outside the catalogue offers it, with the cluster it belongs to. */
export interface ActionFieldChoice {
  id: string;
  /** With the identifier, for the office: "RW-1 – name". */
  label: string;
  /** The name alone, for residents. */
  name: string;
  /** The cluster of action fields, named in the same language. */
  cluster: { id: string; name: string };
}

/**
 * The action fields a new measure or a proposal may belong to, for a form outside the catalogue,
 * in the catalogue's order: cluster by cluster, and within a cluster by the field's position.
 */
export async function actionFieldChoices(db: Executor, locale: Locale): Promise<ActionFieldChoice[]> {
  return actionFieldChoicesOf(await loadReference(db), locale);
}

/** The same from a catalogue already read (see `catalogueChoices`). */
export function actionFieldChoicesOf(
  { actionFields, clusters }: Pick<Reference, "actionFields" | "clusters">,
  locale: Locale,
): ActionFieldChoice[] {
  const clusterAt = new Map(clusters.map((c, i) => [c.id, i]));
  const ordered = [...actionFields].sort(
    (a, b) =>
      (clusterAt.get(a.clusterId) ?? clusters.length) - (clusterAt.get(b.clusterId) ?? clusters.length) ||
      a.position - b.position,
  );
  return ordered.map((f) => {
    const name = pick(f.name, locale);
    const cluster = clusters.find((c) => c.id === f.clusterId);
    return {
      id: f.id,
      label: `${f.id} – ${name}`,
      name,
      cluster: { id: f.clusterId, name: cluster ? pick(cluster.name, locale) : f.clusterId },
    };
  });
}
