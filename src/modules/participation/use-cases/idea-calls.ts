import { localized } from "../../../platform/i18n/i18n";
import type { IdeaCallSource } from "../../../platform/idea-calls/idea-calls";
import { findProcessForIdea, processesInIdeaCall, recordIdea } from "../data/ideas";
import { processPath } from "../domain/process-path";
import { participationCheck } from "./process-access";

/** A handful of processes call for ideas at once; the Arena's form lists at most these. */
const OPEN_CALLS_LIMIT = 20;

/**
 * A process in its idea-call phase takes Arena entries: the Arena's submission offers the processes
 * the person may submit to now (by their address), and tells the chosen one about the new entry in
 * its own transaction. The entry stays the Arena's; the process keeps its number.
 */
export const participationIdeaCalls: IdeaCallSource = {
  async open(db, actor, locale, now) {
    const running = await processesInIdeaCall(db, now, OPEN_CALLS_LIMIT);
    const checks = await Promise.all(
      running.map((process) => participationCheck(db, actor, process, "submit-idea", now)),
    );
    return running
      .filter((_, i) => checks[i]?.ok)
      .map((process) => ({
        key: process.slug,
        title: localized(process.title, locale),
        href: processPath(process.slug),
      }));
  },

  async submitted(tx, callKey, entryNumber, actor, now) {
    const process = await findProcessForIdea(tx, callKey);
    if (!process) return null;
    const check = await participationCheck(tx, actor, process, "submit-idea", now);
    if (!check.ok) {
      const reason =
        check.reason === "participation.errors.notInvited"
          ? "participation.ideaCall.notInvited"
          : "participation.ideaCall.closed";
      return { ok: false, reason };
    }
    await recordIdea(tx, process.id, entryNumber, now);
    return { ok: true };
  },
};
