/** The notice a page shows after an action redirected to it (`?done=proposed`). */
const notices: Record<string, string> = {
  proposed: "budget.notice.proposed",
  reviewed: "budget.notice.reviewed",
  phase: "budget.notice.phase",
  created: "budget.notice.created",
  edited: "budget.notice.edited",
  measure: "budget.notice.measure",
  list: "budget.notice.list",
  corrected: "budget.notice.corrected",
};

export function noticeOf(done: string | undefined): string | undefined {
  return notices[done ?? ""];
}
