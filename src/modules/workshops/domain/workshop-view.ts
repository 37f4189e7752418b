import type { AccessNeed } from "./access-needs";
import type { CalendarDay } from "./month";
import type { WorkshopPhoto } from "./photos";
import type { ParticipationMode, RegistrationStatus, SeatCounts, StoredWorkshop, WorkshopGroup } from "./workshop";

/*
 * What the module's pages show, as the use cases read it and the views draw it.
 */

export const PAGE_SIZE = 20;

export interface ListedWorkshop {
  workshop: StoredWorkshop;
  counts: SeatCounts;
}

export interface WorkshopList {
  when: "upcoming" | "past";
  items: ListedWorkshop[];
  total: number;
  page: number;
  /** The month shown in the calendar (`YYYY-MM`) and its weeks. */
  month: string;
  weeks: CalendarDay<StoredWorkshop>[][];
}

/** The viewer's own registration, as the event's page shows it. */
export interface OwnRegistration {
  status: RegistrationStatus;
  mode: ParticipationMode;
  groupTopic: string | null;
  /** Place on the waiting list (1 = next). */
  waitingPlace: number | null;
  cancelUrl: string;
}

/** What the organisers see: who needs what (counts only), and how many chose each group. */
export interface OrganiserView {
  needs: { registered: Record<AccessNeed, number>; waiting: Record<AccessNeed, number> };
  /** What "other" needs were named, without names, for planning. */
  otherNeeds: string[];
  groupCounts: Map<string, number>;
}

export interface WorkshopPage {
  workshop: StoredWorkshop;
  groups: WorkshopGroup[];
  counts: SeatCounts;
  measure: { slug: string; title: string } | null;
  registrationOpen: boolean;
  over: boolean;
  own: OwnRegistration | null;
  /** The online link, for a registered online participant shortly before the start. */
  onlineUrl: string | null;
  organiser: OrganiserView | null;
  /** The photos of the documentation, in their order. */
  photos: WorkshopPhoto[];
  /** Whether the viewer follows the event, and how many do. */
  follow: { following: boolean; followers: number };
}
