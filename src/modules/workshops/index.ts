/**
 * For the participation module: its closing report counts a process's events, registrations and
 * attendance in its own query, and its demo creates and documents events on its demo process.
 */
export { workshopRegistrations, workshops } from "./data/schema";
/** For the participation module: a process's events, listed on its page; for the Arena: an entry's events. */
export { workshopsOfArenaEntry, workshopsOfProcess } from "./data/workshops";
export { type StoredWorkshop, workshopPath } from "./domain/workshop";
export { workshopsModule } from "./module";
export { createWorkshop } from "./use-cases/create-workshop";
export { documentWorkshop } from "./use-cases/document-workshop";
