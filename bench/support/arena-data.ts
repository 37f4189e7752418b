/**
 * A city's Arena of Ideas in a few set-based statements: accounts, entries with varied German text
 * (so text search and trigram similarity have work), supports and comments, straight into the
 * tables with INSERT … SELECT over generate_series. Supports and comments are skewed the way
 * attention is (a few entries get thousands, most a handful): the entry ranked r by a hash of its id
 * gets a share proportional to r^-0.7 (supports) or r^-0.6 (comments, another hash). The counts
 * beside each entry are stored with it and checked against the rows afterwards.
 *
 * Runs on a database with the demo seeded (the strategy's action fields must exist).
 */
import { sql } from "drizzle-orm";
import type { Database } from "../../src/platform/db/database";

export interface ArenaVolume {
  entries: number;
  supports: number;
  comments: number;
  /** Accounts that support and comment (a support needs a distinct account per entry). */
  accounts: number;
}

/** The issue's volume: 50,000 entries, 500,000 supports and comments together. */
export function volumeOf(entries: number, interactions: number): ArenaVolume {
  const supports = Math.round(interactions * 0.6);
  return {
    entries,
    supports,
    comments: interactions - supports,
    accounts: Math.max(2_000, Math.min(40_000, Math.round(entries * 0.4))),
  };
}

const list = (words: readonly string[]) => `array[${words.map((w) => `'${w.replaceAll("'", "''")}'`).join(",")}]`;

const adjectives = list([
  "Mehr",
  "Sichere",
  "Bessere",
  "Digitale",
  "Offene",
  "Barrierefreie",
  "Kostenlose",
  "Grüne",
  "Gemeinsame",
  "Neue",
  "Kleine",
  "Mobile",
  "Soziale",
  "Leise",
  "Saubere",
  "Schattige",
]);
const objects = list([
  "Radwege",
  "Spielplätze",
  "Schulhöfe",
  "Parkbänke",
  "Trinkbrunnen",
  "Baumscheiben",
  "Mietersprechstunden",
  "Nachbarschaftsgärten",
  "Ladestationen",
  "Lastenräder",
  "Bürgerämter",
  "Sensornetze",
  "Lärmmessungen",
  "Hitzeschutzräume",
  "Reparatur-Cafés",
  "Bibliotheken",
  "Jugendclubs",
  "Seniorentreffs",
  "Kiezkassen",
  "WLAN-Hotspots",
  "Sportplätze",
  "Wasserspielplätze",
  "Fahrradstraßen",
  "Bushaltestellen",
  "Gehwege",
  "Toiletten",
  "Sprachkurse",
  "Beratungsstellen",
  "Datenportale",
  "Stadtteilzentren",
]);
const places = list([
  "in Neukölln",
  "am Kottbusser Tor",
  "im Wedding",
  "rund um das Tempelhofer Feld",
  "entlang der Spree",
  "für alle Bezirke",
  "an Grundschulen",
  "in Großsiedlungen",
  "im Kiez",
  "am Alexanderplatz",
  "in Marzahn",
  "in Spandau",
  "für Familien",
  "für ältere Menschen",
  "für Kinder und Jugendliche",
  "in der Innenstadt",
  "am Stadtrand",
  "in Pankow",
  "in Lichtenberg",
  "im Schillerkiez",
]);
const suffixes = list([
  "ein Pilotprojekt",
  "ein Vorschlag aus der Nachbarschaft",
  "jetzt umsetzen",
  "mit offenen Daten",
  "gemeinsam mit Schulen",
  "als Reallabor",
  "ohne Bürokratie",
  "für den Klimaschutz",
]);
const problems = list([
  "Besonders im Sommer wird es auf den Straßen unerträglich heiß.",
  "Ältere Menschen ohne Smartphone kommen an die Informationen nicht heran.",
  "Die Wege sind lang und die Beleuchtung ist schlecht.",
  "Die Verwaltung weiß oft nicht, was vor Ort gebraucht wird.",
  "Kinder haben nach der Schule keinen sicheren Ort zum Spielen.",
  "Der Verkehr ist laut und gefährlich für Radfahrende.",
  "Daten über Luftqualität und Lärm sind kaum öffentlich zugänglich.",
  "Ehrenamtliche Initiativen finden keine bezahlbaren Räume.",
  "Die Mieten steigen und kleine Läden verschwinden.",
  "Viele Angebote sind nicht barrierefrei und schwer zu finden.",
  "Es fehlt an Bäumen, Schatten und Orten zum Ausruhen.",
  "Anmeldungen sind kompliziert und nur online möglich.",
  "Nach Starkregen stehen Unterführungen und Keller unter Wasser.",
  "Zugewanderte Familien verstehen die Bescheide der Ämter nicht.",
]);
const affected = list([
  "Familien mit Kindern",
  "ältere Menschen",
  "Menschen mit Behinderung",
  "Schülerinnen und Schüler",
  "Gewerbetreibende",
  "Radfahrende",
  "Mieterinnen und Mieter",
  "Geflüchtete",
  "Studierende",
  "alle Anwohnenden",
]);
const approaches = list([
  "Wir möchten gemeinsam mit der Nachbarschaft einen Plan entwickeln und ihn mit dem Bezirksamt umsetzen.",
  "Ein Pilotprojekt über zwölf Monate soll zeigen, was wirkt, und die Ergebnisse werden offen veröffentlicht.",
  "Wir bringen Ehrenamtliche, eine Hochschule und zwei Unternehmen zusammen, die Material und Wissen stellen.",
  "Mit Sensoren und offenen Daten machen wir das Problem sichtbar und messen, ob die Maßnahmen helfen.",
  "Ein Workshop mit Betroffenen klärt zuerst, was gebraucht wird; danach bauen wir einen Prototyp.",
  "Die Stadt stellt Fläche bereit, wir übernehmen Betrieb und Pflege mit einem Verein.",
  "Wir übertragen ein Projekt, das in Hamburg und Wien funktioniert hat, auf Berliner Verhältnisse.",
]);
const commentTexts = list([
  "Gute Idee, das brauchen wir im Kiez dringend.",
  "Ich wohne direkt nebenan und kann das nur bestätigen.",
  "Wer soll das bezahlen? Die Kosten fehlen im Vorschlag.",
  "Wir haben so etwas in unserer Schule ausprobiert, es hat **sehr gut** funktioniert.",
  "Bitte auch an Menschen im Rollstuhl denken.",
  "Gibt es dazu schon Daten vom Bezirksamt?",
  "Ich würde mich gern beteiligen und kann Werkzeug mitbringen.",
  "Das gab es schon einmal, es ist an der Pflege gescheitert.",
  "Unterstützt! Am besten gleich mit den Nachbarbezirken zusammen.",
  "Könnte man das mit dem Reparatur-Café verbinden?",
  "Der Vorschlag ist gut, aber der Standort ist zu laut.",
  "Danke für die Initiative, ich teile das im Hausflur.",
]);
const firstNames = list([
  "Anna",
  "Ben",
  "Cem",
  "Dana",
  "Elif",
  "Finn",
  "Greta",
  "Hakan",
  "Ines",
  "Jonas",
  "Kübra",
  "Lena",
  "Malte",
  "Nour",
  "Ole",
  "Paula",
]);

/** A random element of an SQL array literal (1-based). */
const pick = (array: string, random = "random()") => `(${array})[1 + floor(${random} * cardinality(${array}))::int]`;

/**
 * Statements that fill the arena; `$af` is replaced with the action fields' ids. Run in one
 * transaction (on PostgreSQL the pool's one connection, so setseed and the temporary table hold).
 */
function statements(v: ArenaVolume): string[] {
  const districts = list([
    "mitte",
    "friedrichshain-kreuzberg",
    "pankow",
    "charlottenburg-wilmersdorf",
    "spandau",
    "steglitz-zehlendorf",
    "tempelhof-schoeneberg",
    "neukoelln",
    "treptow-koepenick",
    "marzahn-hellersdorf",
    "lichtenberg",
    "reinickendorf",
  ]);
  const resources = list(["partners", "money", "data", "space", "know_how"]);
  const groups = list(["state", "business", "science", "civil_society", "resident", "resident", "resident"]);
  const kinds = list([
    "idea",
    "idea",
    "idea",
    "challenge",
    "challenge",
    "existing_project",
    "cooperation_offer",
    "event",
  ]);
  return [
    "select setseed(0.4242)",
    // Accounts that support and comment, numbered in a temporary table so rows can name them by k.
    `insert into users (email, email_verified_at, display_name, district, created_at, updated_at)
     select 'arena-bench-' || i || '@example.invalid', now(), ${pick(firstNames)} || ' ' || chr(65 + (i % 26)) || '.',
            ${pick(districts)}, now() - interval '400 days', now()
     from generate_series(1, ${v.accounts}) i`,
    `create temporary table arena_bench_people on commit drop as
     select (row_number() over (order by id) - 1)::int as k, id from users where email like 'arena-bench-%@example.invalid'`,
    "create index on arena_bench_people (k)",
    // The entries are made in a temporary table first, so the supports and comments each will get
    // are known before they are stored: the counts go in with the entry (an UPDATE would compute
    // the search column and every index entry of fifty thousand rows once more).
    `create temporary table arena_bench_new on commit drop as
     select gen_random_uuid() as id, g.kind, g.state, g.title, g.problem, g.affected, g.approach, g.fields, g.districts, g.offers, g.needs,
            g.grp, p.id as author_id, g.created, coalesce(g.answered, g.created) as changed, g.answered
     from (
       select i, ${pick(kinds)} as kind,
              s.state,
              ${pick(adjectives)} || ' ' || s.obj || ' ' || s.place
                || case when random() < 0.35 then ' – ' || ${pick(suffixes)} else '' end as title,
              case (i % 4)
                when 0 then 'Seit Jahren fehlen ' || s.obj || ' ' || s.place || '. '
                when 1 then 'Es gibt zu wenige ' || s.obj || ' ' || s.place || '. '
                when 2 then s.obj || ' ' || s.place || ' sind in schlechtem Zustand. '
                else 'Wer ' || s.obj || ' ' || s.place || ' nutzen will, steht oft vor verschlossenen Türen. '
              end || ${pick(problems)} || ' ' || ${pick(problems)} as problem,
              'Betroffen sind vor allem ' || ${pick(affected)} || ' ' || s.place || '.' as affected,
              ${pick(approaches)} || ' ' || ${pick(approaches)} as approach,
              array(select distinct ($af)[1 + floor(random() * cardinality($af))::int]
                    from generate_series(1, 1 + (i % 3))) as fields,
              case when i % 4 = 0 then '{}'::text[]
                   else array(select distinct (${districts})[1 + floor(random() * 12)::int]
                              from generate_series(1, 1 + (i % 2))) end as districts,
              array(select distinct (${resources})[1 + floor(random() * 5)::int]
                    from generate_series(1, i % 3) where i > 0) as offers,
              array(select distinct (${resources})[1 + floor(random() * 5)::int]
                    from generate_series(1, (i / 3) % 3) where i > 0) as needs,
              case when i % 10 = 0 then null else ${pick(groups)} end as grp,
              s.created,
              case when s.state = 'submitted' then null
                   else s.created + (random() * least(60, extract(epoch from now() - s.created) / 86400)) * interval '1 day'
              end as answered,
              floor(random() * ${v.accounts})::int as author
       from generate_series(1, ${v.entries}) i
       cross join lateral (
         select ${pick(objects)} as obj, ${pick(places)} as place,
                now() - (random() * 730 + i * 0) * interval '1 day' as created,
                case when r < 0.40 then 'submitted' when r < 0.60 then 'qualification'
                     when r < 0.65 then 'consortium' when r < 0.70 then 'workshop'
                     when r < 0.80 then 'decision' when r < 0.88 then 'accepted' else 'declined' end as state
         from (select random() + i * 0 as r) r
       ) s
       offset 0
     ) g
     join arena_bench_people p on p.k = g.author`,
    // Entry ranked r (by a hash of its id) gets round(S · r^-0.7 / Σ) supports, each from a distinct
    // account, and round(C · r'^-0.6 / Σ') comments (another hash, so the two do not coincide).
    `create temporary table arena_bench_share on commit drop as
     select id, created, r,
            least(${v.accounts}, round(${v.supports} * power(r, -0.7) / sum(power(r, -0.7)) over ()))::int as supports,
            round(${v.comments} * power(rc, -0.6) / sum(power(rc, -0.6)) over ())::int as comments
     from (select id, created, row_number() over (order by md5(id::text)) as r,
                  row_number() over (order by md5(id::text || 'c')) as rc
           from arena_bench_new) ranked`,
    `insert into arena_entries (id, kind, state, title, problem, affected, approach, action_field_ids, district_ids,
                                offers, needs, stakeholder_group, author_id, created_at, updated_at, state_changed_at,
                                first_answer_at, support_count, comment_count)
     select n.id, n.kind, n.state, n.title, n.problem, n.affected, n.approach, n.fields, n.districts, n.offers, n.needs,
            n.grp, n.author_id, n.created, n.created, n.changed, n.answered, s.supports, s.comments
     from arena_bench_new n join arena_bench_share s on s.id = n.id
     order by n.created`,
    // The first version of each entry, as a submission stores it.
    `insert into arena_entry_versions (entry_id, version, content, edited_by, created_at)
     select id, 1, jsonb_build_object('title', title, 'problem', problem, 'affected', affected, 'approach', approach,
              'kind', kind, 'language', language, 'actionFieldIds', to_jsonb(action_field_ids),
              'districtIds', to_jsonb(district_ids), 'compass', compass, 'offers', to_jsonb(offers),
              'needs', to_jsonb(needs), 'offerNote', offer_note, 'needNote', need_note), author_id, created_at
     from arena_entries where not demo`,
    // The office's public answer for every entry past "submitted".
    `insert into arena_state_changes (entry_id, from_state, to_state, explanation, created_at)
     select id, 'submitted', state,
            'Die Geschäftsstelle hat den Beitrag geprüft und mit dem zuständigen Fachbereich besprochen.', first_answer_at
     from arena_entries where not demo and state <> 'submitted'`,
    `insert into arena_supports (entry_id, account_id, created_at)
     select t.id, p.id, t.created + random() * (now() - t.created)
     from arena_bench_share t
     cross join lateral generate_series(0, t.supports - 1) j
     join arena_bench_people p on p.k = ((t.r * 7919 + j) % ${v.accounts})::int`,
    `insert into comments (resource_type, resource_id, author_id, body, language, created_at, submission_key)
     select 'arena_entry', t.id::text, p.id,
            ${pick(commentTexts)} || case when random() < 0.4 then ' ' || ${pick(commentTexts)} else '' end,
            'de', t.created + random() * (now() - t.created), 'bench-' || t.id || '-' || j
     from arena_bench_share t
     cross join lateral generate_series(0, t.comments - 1) j
     join arena_bench_people p on p.k = ((t.r * 104729 + j * 31) % ${v.accounts})::int`,
    // Every third comment answers the one before it on the same entry.
    `update comments c set parent_id = q.previous
     from (select id, lag(id) over (partition by resource_id order by created_at, id) as previous,
                  row_number() over (partition by resource_id order by created_at, id) as n
           from comments where submission_key like 'bench-%') q
     where c.id = q.id and q.n % 3 = 0`,
  ];
}

/** Fills the arena of a demo database with `volume`; returns what is in the tables afterwards. */
export async function fillArena(
  database: Database,
  volume: ArenaVolume,
): Promise<{ entries: number; supports: number; comments: number; seconds: number }> {
  const db = database.db;
  const started = performance.now();
  const fields = (
    (await db.execute(sql`select id from strategy_action_fields order by id`)) as unknown as {
      rows: Array<{ id: string }>;
    }
  ).rows.map((r) => r.id);
  if (fields.length === 0) throw new Error("the strategy's action fields are missing (seed the demo first)");
  const af = list(fields);
  await db.transaction(async (tx) => {
    for (const statement of statements(volume)) await tx.execute(sql.raw(statement.replaceAll("$af", af)));
  });
  const [drift] = (
    (await db.execute(
      sql`select count(*)::int as n from arena_entries e
        left join (select entry_id, count(*)::int as c from arena_supports group by entry_id) s on s.entry_id = e.id
        left join (select resource_id, count(*)::int as c from comments where resource_type = 'arena_entry'
                   and deleted_at is null and hidden_at is null group by resource_id) c on c.resource_id = e.id::text
        where e.support_count <> coalesce(s.c, 0) or e.comment_count <> coalesce(c.c, 0)`,
    )) as unknown as { rows: Array<{ n: number }> }
  ).rows;
  if (Number(drift?.n) !== 0) throw new Error(`${drift?.n} entries' counts differ from their rows after filling`);
  for (const table of ["arena_entries", "arena_supports", "comments", "users", "arena_state_changes"])
    await db.execute(sql.raw(`vacuum analyze ${table}`));
  const [counts] = (
    (await db.execute(
      sql`select (select count(*) from arena_entries)::int as entries, (select count(*) from arena_supports)::int as supports,
               (select count(*) from comments where resource_type = 'arena_entry')::int as comments`,
    )) as unknown as { rows: Array<{ entries: number; supports: number; comments: number }> }
  ).rows;
  return {
    entries: Number(counts?.entries),
    supports: Number(counts?.supports),
    comments: Number(counts?.comments),
    seconds: (performance.now() - started) / 1000,
  };
}
