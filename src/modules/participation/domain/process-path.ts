/** The address of a process's page. */
export function processPath(slug: string): string {
  return `/participation/${encodeURIComponent(slug)}`;
}
