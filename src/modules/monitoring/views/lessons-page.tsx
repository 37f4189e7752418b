import { Badge } from "../../../ui/components/content";
import { FilterSelect } from "../../../ui/components/filter-select";
import { Pagination } from "../../../ui/components/pagination";
import { Layout } from "../../../ui/layout";
import type { PageContext } from "../../../ui/page-context";
import type { PublishedLesson } from "../domain/review-records";
import type { listLessons } from "../use-cases/list-lessons";
import { formatDay, formatNumber, localized } from "./format";
import { topicLabel } from "./report-page";

type LessonList = Awaited<ReturnType<typeof listLessons>>;

function LessonItem(props: { page: PageContext; lesson: PublishedLesson }) {
  const { t, locale, city } = props.page;
  const { lesson } = props;
  const measure = localized(lesson.measureTitle, locale);
  return (
    <li class="card">
      <p>{lesson.text}</p>
      <p>
        {lesson.tags.map((tag) => (
          <>
            <a href={`/lessons?tag=${encodeURIComponent(tag)}`}>
              <Badge>{topicLabel(t, tag)}</Badge>
            </a>{" "}
          </>
        ))}
      </p>
      <p class="hint">
        <a href={`/measures/${encodeURIComponent(lesson.measureSlug)}`} lang={measure.lang}>
          {measure.text}
        </a>
        {" · "}
        <a href={`/reviews/${encodeURIComponent(lesson.roundId)}`}>{lesson.roundTitle}</a>
        {" · "}
        {formatDay(locale, lesson.publishedAt, city.timeZone)}
      </p>
    </li>
  );
}

/** The public, searchable list of lessons learnt; a plain GET form, so it works without JavaScript. */
export function LessonsPageView(props: { page: PageContext; list: LessonList; current: number; pageSize: number }) {
  const { page, list } = props;
  const { t, locale } = page;
  const any = t("monitoring.lessons.any");
  const groups = new Map<string, { label: string; options: { value: string; label: string }[] }>();
  for (const field of list.choices.actionFields) {
    const group = groups.get(field.cluster.id) ?? { label: field.cluster.name, options: [] };
    group.options.push({ value: field.id, label: field.name });
    groups.set(field.cluster.id, group);
  }
  return (
    <Layout page={page} title={t("monitoring.lessons.title")} section="monitoring">
      <h1>{t("monitoring.lessons.title")}</h1>
      <p>{t("monitoring.lessons.intro")}</p>
      <search aria-label={t("monitoring.lessons.filter")}>
        <form method="get" action="/lessons" class="filter-form">
          <div class="filters">
            <div class="field">
              <label for="filter-q">{t("monitoring.lessons.search")}</label>
              <input id="filter-q" name="q" type="search" value={list.filter.q ?? ""} />
            </div>
            <FilterSelect
              name="actionField"
              label={t("monitoring.lessons.actionField")}
              anyLabel={any}
              selected={list.filter.actionField}
              groups={[...groups.values()]}
            />
            <FilterSelect
              name="value"
              label={t("monitoring.lessons.value")}
              anyLabel={any}
              selected={list.filter.value}
              options={list.choices.compassValues.map((value) => ({ value: value.id, label: value.name }))}
            />
            <FilterSelect
              name="phase"
              label={t("monitoring.lessons.phase")}
              anyLabel={any}
              selected={list.filter.phase}
              options={list.choices.phases.map((phase) => ({ value: phase.id, label: phase.name }))}
            />
            <FilterSelect
              name="tag"
              label={t("monitoring.lessons.tag")}
              anyLabel={any}
              selected={list.filter.tag}
              options={list.choices.tags.map((tag) => ({ value: tag, label: topicLabel(t, tag) }))}
            />
          </div>
          <button type="submit" class="button">
            {t("monitoring.lessons.filter")}
          </button>
        </form>
      </search>
      <p role="status">{t("monitoring.lessons.count", { total: formatNumber(locale, list.total) })}</p>
      {list.items.length === 0 ? (
        <p>{t("monitoring.lessons.none")}</p>
      ) : (
        <ul class="plain-list">
          {list.items.map((lesson) => (
            <LessonItem page={page} lesson={lesson} />
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        current={props.current}
        pageSize={props.pageSize}
        total={list.total}
        label={t("monitoring.lessons.pages")}
      />
    </Layout>
  );
}
