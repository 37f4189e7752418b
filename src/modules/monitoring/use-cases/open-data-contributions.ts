import type { OpenDataItem, Reader } from "../../../platform/contributions/contributions";
import type { Deps } from "../../../platform/deps";
import { openDataPath, openDataSets } from "./export-open-data";

/** The catalogue's documents (routes in http/open-data-routes.tsx). */
export const CATALOGUE_JSONLD = "/api/v1/open-data/catalog.jsonld";
export const CATALOGUE_TURTLE = "/api/v1/open-data/catalog.ttl";

/**
 * The monitoring module's part of the open-data page: one item per download set (CSV and JSON) and
 * one for the DCAT-AP.de catalogue. Reads nothing: the downloads exist even while they are empty.
 */
export async function monitoringOpenData(_deps: Deps, reader: Reader): Promise<OpenDataItem[]> {
  const { t } = reader;
  const group = t("monitoring.openData.group");
  return [
    ...openDataSets.map((set) => ({
      group,
      title: t(`monitoring.openData.${set}.title`),
      text: t(`monitoring.openData.${set}.description`),
      links: [
        { href: openDataPath(set, "csv"), label: t("monitoring.openData.link.csv"), format: "CSV" },
        { href: openDataPath(set, "json"), label: t("monitoring.openData.link.json"), format: "JSON" },
      ],
    })),
    {
      group,
      title: t("monitoring.openData.catalogue.title"),
      text: t("monitoring.openData.catalogue.text"),
      links: [
        { href: CATALOGUE_JSONLD, label: t("monitoring.openData.link.jsonld"), format: "JSON-LD" },
        { href: CATALOGUE_TURTLE, label: t("monitoring.openData.link.ttl"), format: "Turtle" },
      ],
    },
  ];
}
