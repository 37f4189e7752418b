/**
 * The seat rules of a registration. A registration takes a seat of its way of taking part while
 * one is free, otherwise it waits; the waiting list is kept in order of arrival, and a seat given
 * back goes to the first who waits. The data layer applies these rules under a lock of the event
 * (see docs/decisions/0021-workshop-seats-under-a-row-lock.md), so the count it passes is exact.
 */
import type { RegistrationStatus } from "./workshop";

/** Where a new registration goes, with `taken` seats of `capacity` already given. */
export function placeOf(taken: number, capacity: number): Exclude<RegistrationStatus, "cancelled"> {
  return taken < capacity ? "registered" : "waiting";
}

/** How many seats are free (never negative, also when a capacity was lowered below the seats given). */
export function freeSeats(taken: number, capacity: number): number {
  return Math.max(0, capacity - taken);
}

/**
 * Who moves up when seats are free: the first `free` of the waiting list, in order of arrival
 * (`arrival` is the number the event gave each registration when it came in).
 */
export function movingUp<T extends { arrival: number }>(waiting: readonly T[], free: number): T[] {
  if (free <= 0) return [];
  return [...waiting].sort((a, b) => a.arrival - b.arrival).slice(0, free);
}

/** A waiting participant's place in the list (1 = next to move up). */
export function waitingPlace(waitingArrivals: readonly number[], arrival: number): number {
  return waitingArrivals.filter((other) => other < arrival).length + 1;
}
