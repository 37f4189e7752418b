import type { Child } from "hono/jsx";
import { Badge } from "../../../ui/components/content";
import type { PageContext } from "../../../ui/page-context";
import { capacityOf, modesOf, type SeatCounts, type StoredWorkshop } from "../domain/workshop";

/** Seats left or the waiting list, per way of taking part, in words ("Vor Ort: 3 Plätze frei"). */
export function SeatSummary(props: { page: PageContext; workshop: StoredWorkshop; counts: SeatCounts }): Child {
  const { t } = props.page;
  const modes = modesOf(props.workshop.format);
  return (
    <ul class="workshop-seats">
      {modes.map((mode) => {
        const capacity = capacityOf(props.workshop.capacities, mode) ?? 0;
        const free = Math.max(0, capacity - props.counts.registered[mode]);
        const waiting = props.counts.waiting[mode];
        const prefix = modes.length > 1 ? `${t(`workshops.mode.${mode}`)}: ` : "";
        return (
          <li>
            {prefix}
            {free > 0
              ? t(free === 1 ? "workshops.seats.freeOne" : "workshops.seats.free", { count: free, capacity })
              : t("workshops.seats.full", { count: waiting })}
          </li>
        );
      })}
    </ul>
  );
}

/** The event's format and, once called off, that it was; as badges beside the title. */
export function WorkshopBadges(props: { page: PageContext; workshop: StoredWorkshop }): Child {
  const { t } = props.page;
  return (
    <>
      <Badge>{t(`workshops.format.${props.workshop.format}`)}</Badge>
      {props.workshop.cancelledAt && <Badge tone="warning">{t("workshops.cancelledBadge")}</Badge>}
    </>
  );
}
