import { Badge } from "../../../ui/components/content";
import type { PageContext } from "../../../ui/page-context";
import type { EntryListRow } from "../use-cases/list-entries";
import { contentLang, kindLabel, stateLabel, stateTone } from "./format";

/** One entry in a list: title, kind and state, the start of its problem, supports and comments. */
export function EntryCard(props: { page: PageContext; entry: EntryListRow; level?: 2 | 3 }) {
  const { t, locale } = props.page;
  const e = props.entry;
  const Heading = props.level === 3 ? "h3" : "h2";
  return (
    <li class="card arena-card">
      <Heading>
        <a href={`/arena/${e.number}`} lang={e.hiddenReason ? undefined : contentLang(e.language, locale)}>
          {e.hiddenReason ? t("arena.hidden.title") : e.title}
        </a>
      </Heading>
      <p class="badges">
        <Badge>{kindLabel(t, e.kind)}</Badge> <Badge tone={stateTone(e.state)}>{stateLabel(t, e.state)}</Badge>
      </p>
      {e.hiddenReason ? (
        <p>{t("arena.hidden.reason", { reason: e.hiddenReason })}</p>
      ) : (
        <p lang={contentLang(e.language, locale)}>{e.problem.length >= 300 ? `${e.problem}…` : e.problem}</p>
      )}
      <p class="hint">{t("arena.card.figures", { supports: e.supportCount, comments: e.commentCount })}</p>
    </li>
  );
}
