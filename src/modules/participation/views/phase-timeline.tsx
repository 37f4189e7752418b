import { Badge } from "../../../ui/components/content";
import type { PageContext } from "../../../ui/page-context";
import type { StoredWorkshop } from "../../workshops";
import { actionsOf, type Method, processState } from "../domain/process";
import { processPath } from "../domain/process-path";
import type { StoredPhase, StoredProcess } from "../domain/stored-process";
import { formatDate, formatPeriod, textIn } from "./process-format";

/** The page of a method's phase, where it has one of its own. */
function methodPage(slug: string, method: Method): string | null {
  if (method === "text-review") return `${processPath(slug)}/text`;
  if (method === "survey") return `${processPath(slug)}/survey`;
  if (method === "closing-report") return `${processPath(slug)}/report`;
  return null;
}

type PhaseTime = "past" | "active" | "future";

function phaseTimes(process: StoredProcess, now: Date): PhaseTime[] {
  const state = processState(process.phases, now);
  return process.phases.map((_, i) => {
    if (state.kind === "upcoming") return "future";
    if (state.kind === "finished") return "past";
    return i < state.phase ? "past" : i === state.phase ? "active" : "future";
  });
}

/**
 * What a phase's method offers: its events, its ideas (and, while the call runs, the way to submit
 * one), or its own page.
 */
function PhaseLinks(props: {
  page: PageContext;
  process: StoredProcess;
  phase: StoredPhase;
  time: PhaseTime;
  events: StoredWorkshop[];
  ideas: number[];
  mayManage: boolean;
  mayTakePart: boolean;
}) {
  const { page, process, phase } = props;
  const { t, locale, city } = page;
  const title = textIn(process.title, locale);
  const own = methodPage(process.slug, phase.method);
  if (own)
    return (
      <p>
        <a href={own}>
          {t(`participation.phase.open.${phase.method}`)}
          <span class="visually-hidden">{`: ${title}`}</span>
        </a>
      </p>
    );
  if (phase.method === "workshops")
    return (
      <>
        {props.events.length === 0 ? (
          <p>{t("participation.phase.noEvents")}</p>
        ) : (
          <ul>
            {props.events.map((event) => (
              <li>
                <a href={`/workshops/${event.id}`}>{event.title}</a>
                {` – ${formatDate(event.startsAt, locale, city.timeZone)}`}
                {event.cancelledAt && ` (${t("participation.phase.eventCancelled")})`}
              </li>
            ))}
          </ul>
        )}
        {props.mayManage && (
          <p>
            <a href={`/workshops/new?process=${process.id}`}>{t("participation.phase.createEvent")}</a>
          </p>
        )}
      </>
    );
  if (phase.method === "idea-call")
    return (
      <>
        {props.ideas.length === 0 ? (
          <p>{t("participation.phase.noIdeas")}</p>
        ) : (
          <ul>
            {props.ideas.map((number) => (
              <li>
                <a href={`/arena/${number}`}>{t("participation.phase.idea", { number })}</a>
              </li>
            ))}
          </ul>
        )}
        {props.time === "active" && props.mayTakePart && (
          <>
            <p class="actions">
              <a class="button" href={`/arena/new?call=${encodeURIComponent(process.slug)}`}>
                {t("participation.phase.submitIdea")}
                <span class="visually-hidden">{`: ${title}`}</span>
              </a>
            </p>
            <p class="hint">{t("participation.phase.submitIdeaHint")}</p>
          </>
        )}
      </>
    );
  return null;
}

/**
 * The phases in order, each with its dates, what happens in it and what one can do; the active
 * phase is marked in words ("Aktuelle Phase") and for assistive technology (aria-current).
 */
export function PhaseTimeline(props: {
  page: PageContext;
  process: StoredProcess;
  now: Date;
  events: StoredWorkshop[];
  ideas: number[];
  mayManage: boolean;
  /** False for someone not invited to a process limited to invited people: no call to submit. */
  mayTakePart: boolean;
}) {
  const { page, process } = props;
  const { t, locale, city } = page;
  const times = phaseTimes(process, props.now);
  return (
    <ol class="phase-timeline plain-list">
      {process.phases.map((phase, i) => {
        const time = times[i] ?? "future";
        const actions = actionsOf(phase.method);
        return (
          <li class={`card phase phase--${time}`} aria-current={time === "active" ? "step" : undefined}>
            <h3>
              {t("participation.phase.heading", {
                number: i + 1,
                count: process.phases.length,
                method: t(`participation.method.${phase.method}`),
              })}
            </h3>
            <p class="badges">
              <Badge tone={time === "active" ? "success" : undefined}>{t(`participation.phase.time.${time}`)}</Badge>
            </p>
            <p>{formatPeriod(phase.startsAt, phase.endsAt, locale, city.timeZone)}</p>
            <p>
              {phase.description
                ? textIn(phase.description, locale)
                : t(`participation.method.explain.${phase.method}`)}
            </p>
            {actions.length > 0 && (
              <>
                <p>{t(`participation.phase.can.${time}`)}</p>
                <ul>
                  {actions.map((action) => (
                    <li>{t(`participation.action.${action}`)}</li>
                  ))}
                </ul>
              </>
            )}
            <PhaseLinks
              page={page}
              process={process}
              phase={phase}
              time={time}
              events={props.events}
              ideas={props.ideas}
              mayManage={props.mayManage}
              mayTakePart={props.mayTakePart}
            />
          </li>
        );
      })}
    </ol>
  );
}
