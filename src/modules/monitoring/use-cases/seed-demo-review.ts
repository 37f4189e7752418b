import type { Deps } from "../../../platform/deps";
import type { Actor } from "../../../platform/permissions/permissions";
import { cityDay } from "../../../platform/reference-data";
import { findMeasureReferencesByIds } from "../../strategy";
import { currentModel } from "../data/models";
import { listRounds, measuresWithModel, reportsOfRound } from "../data/reviews";
import { closeReviewRound } from "./close-review-round";
import { decideReviewProposals } from "./decide-review-proposals";
import { openReviewRound } from "./open-review-round";
import { publishReviewRound } from "./publish-review-round";
import { saveReviewReport } from "./save-review-report";

const seedActor: Actor = { kind: "system", label: "demo seed" };

/** The half-year before the one `now` lies in (in the city's calendar), as days. */
function lastHalfYear(now: Date, timeZone: string): { from: string; to: string } {
  const today = cityDay(now, timeZone);
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) <= 6
    ? { from: `${year - 1}-07-01`, to: `${year - 1}-12-31` }
    : { from: `${year}-01-01`, to: `${year}-06-30` };
}

/**
 * One finished review round for the demo (when there is none yet): the measure teams' reports of
 * the last half-year with their lessons, one lowered target that the office accepted (so the
 * measure's history and journey show a goal change decided in a round), and the office's answer
 * with the citizen panel's recommendation. It goes through the same use cases as the office and
 * the teams, as the platform itself (the seed), and every text says it is demo content.
 */
export async function seedDemoReviewRound(deps: Deps): Promise<void> {
  const db = deps.database.db;
  if ((await listRounds(db, { publishedOnly: false, limit: 1, offset: 0 })).total > 0) return;
  const measureIds = [...(await measuresWithModel(db))];
  if (measureIds.length === 0) return;
  const measures = (await findMeasureReferencesByIds(db, measureIds)).sort((a, b) =>
    (a.code ?? a.slug).localeCompare(b.code ?? b.slug),
  );
  const now = deps.clock();
  const { timeZone } = deps.city;
  const period = lastHalfYear(now, timeZone);
  const invocation = { actor: seedActor };
  const { id: round } = await openReviewRound(deps, invocation, {
    title: "Halbjahresbericht (Demo)",
    periodFrom: period.from,
    periodTo: period.to,
    deadline: cityDay(now, timeZone),
  } as never);

  // The first measure with a target above ten for a coming period proposes to lower it.
  let proposer: { slug: string; indicator: string; period: string; to: number } | null = null;
  for (const measure of measures) {
    const model = await currentModel(db, measure.id);
    for (const use of model?.model.indicators ?? []) {
      const [targetPeriod, value] = Object.entries(use.targets).find(([, v]) => v > 10) ?? [];
      if (!proposer && targetPeriod !== undefined && value !== undefined) {
        proposer = { slug: measure.slug, indicator: use.indicator, period: targetPeriod, to: Math.round(value * 0.75) };
      }
    }
  }
  // Three reports and the proposing measure's; the others are left missing, as in a real round.
  const reporting = measures.filter((m, i) => i < 3 || m.slug === proposer?.slug);
  for (const [i, measure] of reporting.entries()) {
    const proposes = proposer?.slug === measure.slug;
    await saveReviewReport(deps, invocation, {
      round,
      slug: measure.slug,
      intent: "submit",
      valuesNote: "Demo-Inhalt: Die Werte des Halbjahres sind auf der Wirkungsseite der Maßnahme eingetragen.",
      narrative:
        i % 2 === 0
          ? "Demo-Inhalt: Die Maßnahme kommt voran; die ersten Angebote laufen und werden gut angenommen."
          : "Demo-Inhalt: Die Maßnahme verzögert sich, weil Personal fehlt; die Planung ist angepasst.",
      wentWell: "Demo-Inhalt: Die Zusammenarbeit mit den Bezirken und mit Initiativen aus der Stadtgesellschaft.",
      risks: "Demo-Inhalt: Die Finanzierung ab dem nächsten Haushaltsjahr ist noch nicht gesichert.",
      "lesson-0-text":
        i % 2 === 0
          ? "Demo-Inhalt: Früh mit den Menschen vor Ort sprechen spart später Umwege."
          : "Demo-Inhalt: Ausschreibungen brauchen mehr Zeit als geplant; ein Puffer von drei Monaten hilft.",
      "lesson-0-topic": i % 2 === 0 ? "participation" : "procurement",
      "lesson-0-tags": i % 2 === 0 ? "Bezirke, Vor-Ort-Termine" : "Vergabe",
      ...(proposes && proposer
        ? {
            "proposal-0-indicator": proposer.indicator,
            "proposal-0-period": proposer.period,
            "proposal-0-target": String(proposer.to),
            "proposal-0-reason":
              "Demo-Inhalt: Die Schulungsräume stehen erst später zur Verfügung, daher weniger Teilnehmende.",
          }
        : {}),
    } as never);
  }

  if (proposer) {
    const measure = measures.find((m) => m.slug === proposer.slug);
    const [report] = await reportsOfRound(db, round, measure?.id);
    const decisions: Record<string, string> = {};
    for (const proposal of report?.proposals ?? []) {
      decisions[`decision-${proposal.id}`] = "accepted";
      decisions[`comment-${proposal.id}`] = "Demo-Inhalt: Nachvollziehbar; das Ziel wird zum nächsten Bericht geprüft.";
    }
    await decideReviewProposals(deps, invocation, { round, slug: proposer.slug, ...decisions } as never);
  }
  await closeReviewRound(deps, invocation, { round, confirm: "yes" } as never);
  await publishReviewRound(deps, invocation, {
    round,
    officeAnswer:
      "Demo-Inhalt: Die Strategieleitstelle dankt den Teams. Die Lehren fließen in die Fortschreibung der Strategie ein.",
    panelName: "Bürger:innenrat (Demo)",
    panelRecommendation:
      "Demo-Inhalt: Der Rat empfiehlt, die Ergebnisse in einfacher Sprache zu veröffentlichen und die Bezirke stärker einzubinden.",
    panelRecommendedOn: cityDay(now, timeZone),
    confirm: "yes",
  } as never);
}
