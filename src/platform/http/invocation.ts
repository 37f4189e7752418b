import type { Invocation } from "../use-case/use-case";
import type { AppContext } from "./env";

/** Who calls a use case from this request, and the request's id for the audit log. */
export function invocation(c: AppContext): Invocation {
  const state = c.get("state");
  return { actor: state.actor, requestId: state.requestId };
}
