import type { FieldIssue } from "../errors/errors";

/** RFC 9457 problem details, the body of every API error. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldIssue[];
  requestId?: string;
}

export function problem(
  status: number,
  title: string,
  extra: Omit<Problem, "type" | "title" | "status"> = {},
): Problem {
  return { type: "about:blank", title, status, ...extra };
}
