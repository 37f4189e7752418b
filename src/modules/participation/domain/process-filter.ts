import { z } from "zod";
import { methods, subjectKinds } from "./process";

/** Where a process stands in time, for the list: running now, not started yet, over. */
export const processWhens = ["current", "upcoming", "past"] as const;
export type ProcessWhen = (typeof processWhens)[number];

/**
 * The list's filters from the address bar (`/participation?subject=measure&method=survey`): a value
 * that is not one of the choices is dropped, not an error, so a hand-edited address still shows a
 * list. The API reads the same names and refuses unknown values (see http/process-api.ts).
 */
export const processFilterQuery = z.object({
  subject: z.enum(subjectKinds).optional().catch(undefined),
  actionField: z.string().max(100).optional().catch(undefined),
  district: z.string().max(100).optional().catch(undefined),
  method: z.enum(methods).optional().catch(undefined),
  when: z.enum(processWhens).optional().catch(undefined),
});
export type ProcessFilter = z.output<typeof processFilterQuery>;

/** The filter as a query string (for links to further pages and the API), without empty values. */
export function filterQueryString(filter: ProcessFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, String(value));
  return params.toString();
}
