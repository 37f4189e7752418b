/**
 * A participation process at the issue's size for bench/participation.ts, in a few set-based
 * statements: a draft of `paragraphs` paragraphs (in sections of ten) under review now, `comments`
 * comments on its paragraphs (a tenth of them replies; skewed as attention is: the paragraph ranked
 * r gets a share proportional to r^-0.6), and a finished survey of seven questions of every kind
 * with `answers` answers and profiles, its results published. The draft goes through the domain's
 * own reading (domain/draft-text.ts); comments, answers and profiles go straight into the tables.
 */
import { sql } from "drizzle-orm";
import { readDraft } from "../../src/modules/participation/domain/draft-text";
import type { Question } from "../../src/modules/participation/domain/survey";
import type { Database } from "../../src/platform/db/database";

export interface ParticipationVolume {
  paragraphs: number;
  comments: number;
  answers: number;
}

export interface FilledParticipation {
  slug: string;
  /** The paragraph with the most comments, and a typical one (the median of the counts). */
  busiest: { number: string; comments: number };
  typical: { number: string; comments: number };
  seconds: number;
}

export const BENCH_PROCESS = "lastprobe-beteiligung";
const DAY = 86_400_000;
const PEOPLE = 2_000;

const sentence = (i: number) =>
  `Absatz ${i}: Die Stadt macht ihre digitalen Angebote so, dass alle sie nutzen können, und misst regelmäßig, ob das gelingt. Dafür arbeiten Verwaltung, Initiativen und Bezirke zusammen.`;

/** The draft's Markdown: sections of ten paragraphs each, with a heading. */
function draftMarkdown(paragraphs: number, language: "de" | "en"): string {
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 10 === 0) parts.push(`## ${language === "de" ? "Abschnitt" : "Section"} ${i / 10 + 1}`);
    parts.push(language === "de" ? sentence(i + 1) : `Paragraph ${i + 1}: the city makes its services usable by all.`);
  }
  return `${parts.join("\n\n")}\n`;
}

const text = (de: string, en: string) => ({ de, en });
const choice = (id: string, de: string, en: string) => ({ id, text: text(de, en) });
const none = { choices: [], rows: [], scaleLabels: null, showIf: null };

/** Seven questions, one of each kind the results page draws differently. */
const questions: Question[] = [
  {
    ...none,
    id: "use",
    kind: "single",
    text: text("Wie oft nutzen Sie digitale Angebote der Stadt?", "How often do you use the city's digital services?"),
    required: true,
    choices: [
      choice("daily", "Täglich", "Daily"),
      choice("weekly", "Wöchentlich", "Weekly"),
      choice("rarely", "Selten", "Rarely"),
    ],
  },
  {
    ...none,
    id: "topics",
    kind: "multiple",
    text: text("Welche Themen sind Ihnen wichtig?", "Which topics matter to you?"),
    required: false,
    choices: [
      choice("mobility", "Mobilität", "Mobility"),
      choice("education", "Bildung", "Education"),
      choice("administration", "Verwaltung", "Administration"),
      choice("climate", "Klima", "Climate"),
    ],
  },
  {
    ...none,
    id: "satisfaction",
    kind: "scale",
    text: text("Wie zufrieden sind Sie?", "How satisfied are you?"),
    required: true,
    scaleLabels: { low: text("gar nicht", "not at all"), high: text("sehr", "very") },
  },
  {
    ...none,
    id: "order",
    kind: "ranking",
    text: text("Was soll zuerst kommen?", "What should come first?"),
    required: false,
    choices: [
      choice("a", "Barrierefreiheit", "Accessibility"),
      choice("b", "Datenschutz", "Privacy"),
      choice("c", "Tempo", "Speed"),
    ],
  },
  {
    ...none,
    id: "hours",
    kind: "number",
    text: text(
      "Wie viele Stunden im Monat sind Sie online bei Behörden?",
      "How many hours a month do you spend online with authorities?",
    ),
    required: false,
  },
  {
    ...none,
    id: "grid",
    kind: "matrix",
    text: text("Wie bewerten Sie …", "How do you rate …"),
    required: false,
    rows: [choice("web", "die Webseiten", "the websites"), choice("apps", "die Apps", "the apps")],
    choices: [choice("good", "gut", "good"), choice("bad", "schlecht", "bad")],
  },
  {
    ...none,
    id: "wish",
    kind: "long-text",
    text: text("Was wünschen Sie sich?", "What do you wish for?"),
    required: false,
  },
];

type RowsOf = <T>(query: ReturnType<typeof sql>) => Promise<T[]>;

/** The keys a profile may name: the city's districts and stakeholder groups. */
export interface ProfileKeys {
  districts: readonly string[];
  stakeholderGroups: readonly string[];
}

const keysArray = (keys: readonly string[]) =>
  sql.raw(`array[${keys.map((k) => `'${k.replaceAll("'", "''")}'`).join(",")}]::text[]`);

export async function fillParticipation(
  database: Database,
  volume: ParticipationVolume,
  profileKeys: ProfileKeys,
  now: Date,
): Promise<FilledParticipation> {
  const started = performance.now();
  const db = database.db;
  const rowsOf: RowsOf = async <T>(query: ReturnType<typeof sql>) =>
    ((await db.execute(query)) as unknown as { rows: T[] }).rows;
  const at = (offset: number) => new Date(now.getTime() + offset * DAY).toISOString();

  const [process] = await rowsOf<{ id: string }>(sql`
    insert into participation_processes (slug, title, summary, subject_kind, organisation, contact, visibility, created_at, updated_at)
    values (${BENCH_PROCESS}, ${JSON.stringify(text("Lastprobe: die nächste Fassung", "Load test: the next version"))}::jsonb,
            ${JSON.stringify(text("Ein Verfahren in voller Größe.", "A process at full size."))}::jsonb,
            'strategy', 'Geschäftsstelle Smart City', 'beteiligung@example.invalid', 'public', ${at(-60)}, ${at(-60)})
    returning id`);
  if (!process) throw new Error("the bench process was not stored");
  // The survey is over and published; the text review runs now; the closing report follows.
  const phases = [
    ["survey", at(-60), at(-30)],
    ["text-review", at(-30), at(30)],
    ["closing-report", at(30), at(60)],
  ] as const;
  for (const [position, [method, startsAt, endsAt]] of phases.entries())
    await db.execute(sql`insert into participation_phases (process_id, position, method, starts_at, ends_at)
      values (${process.id}, ${position}, ${method}, ${startsAt}, ${endsAt})`);

  const markdown = { de: draftMarkdown(volume.paragraphs, "de"), en: draftMarkdown(volume.paragraphs, "en") };
  const de = readDraft(markdown.de);
  const en = readDraft(markdown.en);
  if (!de.ok || !en.ok) throw new Error("the bench draft does not read");
  const [draft] = await rowsOf<{ id: string }>(sql`
    insert into participation_drafts (process_id, version, markdown, sections, created_at)
    values (${process.id}, 1, ${JSON.stringify(markdown)}::jsonb,
            ${JSON.stringify({ de: de.sections, en: en.sections })}::jsonb, ${at(-30)})
    returning id`);
  if (!draft) throw new Error("the bench draft was not stored");
  const paragraphs = de.sections.flatMap((section) => section.paragraphs);
  const english = en.sections.flatMap((section) => section.paragraphs);
  const rows = paragraphs.map((p, i) => ({
    number: p.number,
    text: { de: p.markdown, en: english[i]?.markdown ?? "" },
  }));
  await db.execute(sql`
    insert into participation_paragraphs (draft_id, position, number, text)
    select ${draft.id}, (p->>'position')::int, p->>'number', p->'text'
    from jsonb_array_elements(${JSON.stringify(rows.map((row, position) => ({ ...row, position })))}::jsonb) p`);

  await db.execute(sql`
    insert into users (email, email_verified_at, display_name, district, created_at, updated_at)
    select 'participation-bench-' || i || '@example.invalid', ${at(-90)}, 'Person ' || i, null, ${at(-90)}, ${at(-90)}
    from generate_series(1, ${PEOPLE}) i`);
  await db.execute(sql`create temporary table participation_bench_people as
    select (row_number() over (order by id) - 1)::int as k, id from users
    where email like 'participation-bench-%@example.invalid'`);

  // Shares of the comments by rank of a hash of the paragraph's id; the rounding remainder goes to the busiest.
  await db.execute(sql`create temporary table participation_bench_shares as
    with ranked as (
      select id, row_number() over (order by md5(id::text)) as r from participation_paragraphs where draft_id = ${draft.id}
    )
    select id, r, floor(${volume.comments} * power(r, -0.6) / sum(power(r, -0.6)) over ())::int as n from ranked`);
  await db.execute(sql`update participation_bench_shares set n = n + (${volume.comments} - (select sum(n) from participation_bench_shares))
    where r = 1`);
  await db.execute(sql`
    insert into comments (resource_type, resource_id, author_id, body, language, created_at, submission_key)
    select 'participation_paragraph', s.id::text, p.id,
           'Zu diesem Absatz: bitte konkreter werden, wer was bis wann tut. Anmerkung ' || j || '.', 'de',
           ${at(-29)}::timestamptz + (j || ' minutes')::interval, 'bench-' || s.id || '-' || j
    from participation_bench_shares s
    cross join lateral generate_series(1, s.n) j
    join participation_bench_people p on p.k = ((s.r * 104729 + j * 31) % ${PEOPLE})::int`);
  // A tenth of the comments answer the comment before them on the same paragraph.
  await db.execute(sql`
    with ordered as (
      select id, resource_id, row_number() over (partition by resource_id order by created_at, id) as n,
             lag(id) over (partition by resource_id order by created_at, id) as before
      from comments where resource_type = 'participation_paragraph'
    )
    update comments c set parent_id = o.before from ordered o where c.id = o.id and o.before is not null and o.n % 10 = 0`);
  await db.execute(sql`
    update participation_paragraphs pp set comment_count = counted.n
    from (select resource_id, count(*)::int as n from comments where resource_type = 'participation_paragraph' group by resource_id) counted
    where counted.resource_id = pp.id::text`);

  const [survey] = await rowsOf<{ id: string }>(sql`
    insert into participation_surveys (process_id, questions, answered_by, profile_questions, results_published_at, updated_at)
    values (${process.id}, ${JSON.stringify(questions)}::jsonb, 'anonymous',
            array['stakeholder-group', 'district', 'age-group'], ${at(-29)}, ${at(-61)})
    returning id`);
  if (!survey) throw new Error("the bench survey was not stored");
  await db.execute(sql`
    insert into participation_survey_responses (survey_id, browser_key, answers, submitted_at)
    select ${survey.id}, md5('bench-browser-' || i),
      jsonb_strip_nulls(jsonb_build_object(
        'use', (array['daily','weekly','rarely'])[1 + i % 3],
        'topics', case when i % 4 = 0 then null
                  else '[["mobility","climate"],["education"],["administration","mobility","climate"]]'::jsonb -> (i % 3) end,
        'satisfaction', 1 + (i * 7) % 5,
        'order', case when i % 2 = 0 then to_jsonb(array['b','a','c']) else null end,
        'hours', case when i % 3 = 0 then to_jsonb(i % 40) else null end,
        'grid', case when i % 5 = 0 then null else jsonb_build_object('web', (array['good','bad'])[1 + i % 2], 'apps', 'good') end,
        'wish', case when i % 25 = 0 then to_jsonb(('Mehr Angebote in einfacher Sprache, Nummer ' || i)::text) else null end
      )),
      ${at(-45)}::timestamptz + (i || ' seconds')::interval
    from generate_series(1, ${volume.answers}::int) i`);
  await db.execute(sql`
    insert into participation_survey_profiles (response_id, stakeholder_group, district, age_group)
    select id, groups[1 + abs(hashtext(id::text)) % cardinality(groups)],
           case when abs(hashtext(id::text || 'd')) % 6 = 0 then null
                else districts[1 + abs(hashtext(id::text || 'k')) % cardinality(districts)] end,
           (array['under-18','18-29','30-49','50-64','65-plus'])[1 + abs(hashtext(id::text || 'a')) % 5]
    from participation_survey_responses,
         (select ${keysArray(profileKeys.stakeholderGroups)} as groups, ${keysArray(profileKeys.districts)} as districts) k
    where survey_id = ${survey.id}`);

  const counts = await rowsOf<{ number: string; comments: number }>(sql`
    select number, comment_count as comments from participation_paragraphs where draft_id = ${draft.id}
    order by comment_count desc, position`);
  const busiest = counts[0];
  const typical = counts[Math.floor(counts.length / 2)];
  if (!busiest || !typical) throw new Error("the bench draft has no paragraphs");
  for (const table of ["comments", "participation_paragraphs", "participation_survey_responses", "users"])
    await db.execute(sql.raw(`analyze ${table}`));
  return { slug: BENCH_PROCESS, busiest, typical, seconds: (performance.now() - started) / 1000 };
}
