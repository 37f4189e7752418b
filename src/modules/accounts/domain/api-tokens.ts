/** How many active tokens one account may have. */
export const MAX_API_TOKENS = 20;

/** An active personal API token as its owner sees it (never its value). */
export interface ApiTokenSummary {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}
