import { localized } from "../../../platform/i18n/i18n";
import type { ResourceKind } from "../../../platform/resources/resources";
import { findProcessById } from "../data/processes";
import { processPath } from "../domain/process-path";
import { PROCESS_TYPE } from "../domain/stored-process";

/** A process for the shared modules: people follow it and hear when a phase starts, a draft changes, the report is out. */
export const processResource: ResourceKind = {
  type: PROCESS_TYPE,
  followable: true,
  async summary(db, id, locale) {
    const process = await findProcessById(db, id);
    if (!process) return null;
    return {
      title: localized(process.title, locale),
      href: processPath(process.slug),
      authorIds: [],
      acceptsComments: false,
    };
  },
};
