import type { Deps } from "../../../platform/deps";
import { type Locale, localized } from "../../../platform/i18n/i18n";
import type { Actor } from "../../../platform/permissions/permissions";
import { followState } from "../../notifications";
import { findMeasureReference } from "../../strategy";
import { photosOf } from "../data/photos";
import { accessNeedsOf, activeRegistration, groupChoices, seatCounts, waitingArrivals } from "../data/registrations";
import { groupsOf } from "../data/workshops";
import { accessNeedCounts } from "../domain/access-needs";
import { waitingPlace } from "../domain/registration";
import { isOver, onlineLinkVisible, registrationOpen, type StoredWorkshop, WORKSHOP_TYPE } from "../domain/workshop";
import type { OrganiserView, OwnRegistration, WorkshopPage } from "../domain/workshop-view";
import { mayManage, workshopOrNotFound } from "./access";
import { cancelUrl } from "./registration-mail";

/** An event's page: public facts and seats, the viewer's registration, and the organisers' figures. */
export async function showWorkshop(deps: Deps, actor: Actor, id: string, locale: Locale): Promise<WorkshopPage> {
  const db = deps.database.db;
  const workshop = await workshopOrNotFound(db, id);
  const now = deps.clock();
  const manage = mayManage(actor, workshop);
  const [groups, counts, measure, registration, follow, photos] = await Promise.all([
    groupsOf(db, workshop.id),
    seatCounts(db, [workshop.id]),
    workshop.measureSlug ? findMeasureReference(db, workshop.measureSlug) : Promise.resolve(null),
    actor.kind === "user" ? activeRegistration(db, workshop.id, actor.id) : Promise.resolve(null),
    followState(db, actor, { type: WORKSHOP_TYPE, id: workshop.id }),
    photosOf(db, workshop.id),
  ]);
  let own: OwnRegistration | null = null;
  if (registration) {
    const waiting =
      registration.status === "waiting" ? await waitingArrivals(db, workshop.id, registration.mode) : null;
    own = {
      status: registration.status,
      mode: registration.mode,
      groupTopic: groups.find((g) => g.id === registration.groupId)?.topic ?? null,
      waitingPlace: waiting ? waitingPlace(waiting, registration.arrival) : null,
      cancelUrl: await cancelUrl(deps, db, registration.id),
    };
  }
  return {
    workshop,
    groups,
    counts: counts.get(workshop.id) ?? { registered: { on_site: 0, online: 0 }, waiting: { on_site: 0, online: 0 } },
    measure: measure ? { slug: measure.slug, title: localized(measure.title, locale) } : null,
    registrationOpen: registrationOpen(workshop, now),
    over: isOver(workshop, now),
    own,
    onlineUrl: own && onlineLinkVisible(workshop, own, now) ? workshop.onlineUrl : null,
    organiser: manage ? await organiserView(deps, workshop) : null,
    photos,
    follow,
  };
}

async function organiserView(deps: Deps, workshop: StoredWorkshop): Promise<OrganiserView> {
  const db = deps.database.db;
  const [needs, groupCounts] = await Promise.all([accessNeedsOf(db, workshop.id), groupChoices(db, workshop.id)]);
  return {
    needs: {
      registered: accessNeedCounts(needs.filter((n) => n.status === "registered")),
      waiting: accessNeedCounts(needs.filter((n) => n.status === "waiting")),
    },
    otherNeeds: needs.flatMap((n) => (n.other ? [n.other] : [])).sort(),
    groupCounts,
  };
}
