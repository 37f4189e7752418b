import { Badge } from "../../../ui/components/content";
import type { PageContext } from "../../../ui/page-context";
import { processState } from "../domain/process";
import type { StoredProcess } from "../domain/stored-process";
import { formatDate, textIn } from "./process-format";

/** Where the process stands, in words: "Läuft: Umfrage bis 12. Mai 2026", "Beginnt am …", "Abgeschlossen am …". */
export function stateText(page: PageContext, process: StoredProcess, now: Date): string {
  const { t, locale, city } = page;
  if (process.phases.length === 0) return "";
  const state = processState(process.phases, now);
  if (state.kind === "upcoming")
    return t("participation.state.upcoming", { date: formatDate(state.startsAt, locale, city.timeZone) });
  if (state.kind === "finished")
    return t("participation.state.finished", {
      date: formatDate(new Date(state.endedAt.getTime() - 1), locale, city.timeZone),
    });
  const phase = process.phases[state.phase];
  return phase
    ? t("participation.state.running", {
        method: t(`participation.method.${phase.method}`),
        date: formatDate(new Date(phase.endsAt.getTime() - 1), locale, city.timeZone),
      })
    : "";
}

/** The badges beside a process's title: where it stands, who may take part, demo content. */
export function ProcessBadges(props: { page: PageContext; process: StoredProcess; now: Date }) {
  const { page, process } = props;
  const { t } = page;
  const state = process.phases.length > 0 ? processState(process.phases, props.now).kind : "upcoming";
  return (
    <>
      <Badge tone={state === "running" ? "success" : undefined}>{t(`participation.stateBadge.${state}`)}</Badge>
      {process.visibility === "invited" && <Badge>{t("participation.visibility.invitedBadge")}</Badge>}
      {process.demo && <Badge tone="demo">{t("participation.demoBadge")}</Badge>}
    </>
  );
}

/** What the process is about, in words (the subject's own name where the page knows it). */
export function subjectText(
  page: PageContext,
  process: StoredProcess,
  names: { measure?: string; actionField?: string },
) {
  const { t, locale } = page;
  const subject = process.subject;
  if (subject.kind === "measure") return t("participation.subject.measure", { name: names.measure ?? subject.slug });
  if (subject.kind === "action-field")
    return t("participation.subject.actionField", { name: names.actionField ?? subject.key });
  if (subject.kind === "topic") return t("participation.subject.topic", { name: topicName(process, locale) });
  return t("participation.subject.strategy");
}

/** A free topic's name in the reader's language. */
export function topicName(process: StoredProcess, locale: "de" | "en"): string {
  return process.subject.kind === "topic" ? process.subject.text || textIn(process.title, locale) : "";
}
