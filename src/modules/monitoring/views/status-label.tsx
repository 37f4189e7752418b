import type { Translate } from "../../../platform/i18n/i18n";
import { StatusBadge } from "../../../ui/components/status-badge";
import type { ProgressStatus } from "../domain/progress";

/** A progress status as the design system's badge (shape and words), named in the reader's language. */
export function ProgressBadge(props: { t: Translate; status: ProgressStatus }) {
  return <StatusBadge status={props.status} label={props.t(`monitoring.status.${props.status}`)} />;
}
