import type { Deps } from "../../../platform/deps";
import type { Actor } from "../../../platform/permissions/permissions";
import { cityDay } from "../../../platform/reference-data";
import { findMeasureReferencesByCodes } from "../../strategy";
import { hasAnyWorkshop } from "../data/workshops";
import { createWorkshop } from "./create-workshop";
import { documentWorkshop } from "./document-workshop";

const seedActor: Actor = { kind: "system", label: "demo seed" };
const DAY_MS = 86_400_000;

/** The demo's measure workshops are on (the training measure, code Z1 of the demo file). */
const MEASURE_CODE = "Z1";

/** A demo event on the city's day of `day`. */
function eventOn(day: Date, slug: string, title: string, timeZone: string) {
  return {
    title,
    description:
      "Demo-Inhalt: In der Maßnahmenwerkstatt arbeiten Verwaltung, Initiativen und Bürger:innen gemeinsam an den nächsten Schritten der Maßnahme.",
    agenda: "17:00 Ankommen\n17:15 Wo stehen wir?\n17:45 Arbeit in kleinen Gruppen\n19:00 Ergebnisse und Ausblick",
    format: "hybrid",
    day: cityDay(day, timeZone),
    startTime: "17:00",
    endTime: "19:30",
    venue: "Stadtteilbibliothek (Demo), Beispielstraße 1, 10115 Berlin",
    accessibility: "Stufenloser Zugang über den Hof, barrierefreie Toilette, Induktionsschleife im Saal.",
    onlineUrl: "https://meeting.example.org/demo-werkstatt",
    capacityOnSite: "30",
    capacityOnline: "50",
    groups: "Daten im Alltag\nLernorte im Kiez",
    measure: slug,
    arenaEntry: "",
  };
}

/**
 * Two demo workshops on one measure (when there is none yet): one that took place a month ago, with
 * its documentation, and one in three weeks open for registration. Made through the same use cases
 * as the organisers' forms, as the platform itself; the past one is created as of before it took place.
 */
export async function seedWorkshops(deps: Deps): Promise<void> {
  if (await hasAnyWorkshop(deps.database.db)) return;
  const [measure] = await findMeasureReferencesByCodes(deps.database.db, [MEASURE_CODE]);
  if (!measure) return;
  const now = deps.clock();
  const invocation = { actor: seedActor };
  const pastDay = new Date(now.getTime() - 30 * DAY_MS);
  const before = { ...deps, clock: () => new Date(pastDay.getTime() - 14 * DAY_MS) };
  const { id: past } = await createWorkshop(
    before,
    invocation,
    eventOn(pastDay, measure.slug, "Maßnahmenwerkstatt: erste Ergebnisse (Demo)", deps.city.timeZone) as never,
  );
  await documentWorkshop(deps, invocation, {
    id: past,
    scope: measure.slug,
    attendedOnSite: "24",
    attendedOnline: "31",
    summary: "Demo-Inhalt: 55 Menschen haben mitgearbeitet, vor Ort und online.",
    results:
      "Demo-Inhalt: Gewünscht sind kurze Kurse am Abend und Lernorte in jedem Bezirk. Die Teilnehmenden wollen die Kursinhalte mitgestalten.",
    followUps: "Kurse am Abend ins Angebot aufnehmen\nLernorte in allen Bezirken prüfen",
  } as never);
  await createWorkshop(
    deps,
    invocation,
    eventOn(
      new Date(now.getTime() + 21 * DAY_MS),
      measure.slug,
      "Maßnahmenwerkstatt: Kurse gemeinsam planen (Demo)",
      deps.city.timeZone,
    ) as never,
  );
}
