/**
 * Writes `common-passwords.txt`: passwords of at least 12 characters that people choose often, built
 * from well-known patterns (see README.md in this folder). Run with
 * `npx tsx src/platform/identity/common-passwords/generate.ts`; the output is deterministic.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const MIN_LENGTH = 12;

/** Words and names that top the published frequency lists in German- and English-speaking countries. */
const words = [
  // generic
  "password",
  "passwort",
  "kennwort",
  "geheim",
  "secret",
  "letmein",
  "welcome",
  "willkommen",
  "hallo",
  "hello",
  "admin",
  "administrator",
  "root",
  "login",
  "master",
  "default",
  "changeme",
  "test",
  "testtest",
  "guest",
  "qwerty",
  "qwertz",
  "asdfgh",
  "yxcvbn",
  "zxcvbn",
  "abc",
  "abcdef",
  "iloveyou",
  "ichliebedich",
  "trustno1",
  "sunshine",
  "sonnenschein",
  "sonnenblume",
  "schmetterling",
  "schatz",
  "schatzi",
  "liebling",
  "engelchen",
  "princess",
  "prinzessin",
  "dragon",
  "drache",
  "monkey",
  "shadow",
  "superman",
  "batman",
  "starwars",
  "pokemon",
  "minecraft",
  "football",
  "fussball",
  "handball",
  "baseball",
  "soccer",
  "hockey",
  "computer",
  "internet",
  "freedom",
  "freiheit",
  "summer",
  "sommer",
  "winter",
  "familie",
  "family",
  "forever",
  "zuhause",
  "urlaub",
  "blume",
  "katze",
  "hund",
  "pferd",
  "mausi",
  "baerchen",
  "teddybaer",
  "schokolade",
  "kartoffel",
  "weihnachten",
  "deutschland",
  "germany",
  "europa",
  "galaxy",
  "samsung",
  "iphone",
  "google",
  "facebook",
  "microsoft",
  "windows",
  "gemeinsam",
  "digital",
  "smartcity",
  "buerger",
  "rathaus",
  "verwaltung",
  "senat",
  // places
  "berlin",
  "berliner",
  "hamburg",
  "muenchen",
  "munich",
  "koeln",
  "frankfurt",
  "stuttgart",
  "dresden",
  "leipzig",
  "hannover",
  "bremen",
  "dortmund",
  "kreuzberg",
  "neukoelln",
  "pankow",
  "spandau",
  "charlottenburg",
  "friedrichshain",
  "schoeneberg",
  "lichtenberg",
  "wedding",
  "alexanderplatz",
  "brandenburg",
  "london",
  "paris",
  // football
  "schalke04",
  "borussia",
  "fcbayern",
  "bayern",
  "herthabsc",
  "hertha",
  "unionberlin",
  "eisern",
  "werder",
  "eintracht",
  "bvb09",
  "bvb1909",
  "fcunion",
  "tennisborussia",
  // frequent first names
  "michael",
  "thomas",
  "andreas",
  "stefan",
  "christian",
  "alexander",
  "daniel",
  "sebastian",
  "florian",
  "markus",
  "tobias",
  "matthias",
  "martin",
  "peter",
  "wolfgang",
  "klaus",
  "juergen",
  "frank",
  "sabine",
  "susanne",
  "andrea",
  "nicole",
  "stefanie",
  "claudia",
  "julia",
  "katharina",
  "anna",
  "laura",
  "sarah",
  "lisa",
  "maria",
  "jennifer",
  "jessica",
  "melanie",
  "sandra",
  "christina",
  "maximilian",
  "johannes",
  "jonas",
  "lukas",
  "leon",
  "paul",
  "felix",
  "emma",
  "mia",
  "hannah",
  "sophie",
  "lena",
  "marie",
  "charlie",
  "jordan",
  "robert",
  "david",
  "james",
  "john",
  "ashley",
  "michelle",
  "amanda",
  "justin",
];

/** Endings people add to meet length and character rules. */
function suffixes(): string[] {
  const digits = ["", "1", "12", "123", "1234", "12345", "123456", "1234567", "12345678", "123456789", "1234567890"];
  const years: string[] = [];
  for (let year = 1950; year <= 2030; year++) years.push(String(year));
  const short = [
    "0",
    "00",
    "01",
    "07",
    "11",
    "13",
    "21",
    "22",
    "23",
    "24",
    "25",
    "69",
    "77",
    "88",
    "99",
    "007",
    "111",
    "321",
    "666",
    "777",
    "999",
    "4711",
  ];
  const out = new Set<string>();
  for (const d of digits) for (const m of ["", "!", "?", ".", "#"]) out.add(d + m);
  for (const d of digits) out.add(`!${d}`);
  for (const d of [...years, ...short]) for (const m of ["", "!"]) out.add(d + m);
  return [...out];
}

/** Walks along German (QWERTZ) and English (QWERTY) keyboards, and along the number row. */
const walks = [
  "qwertzuiopü",
  "qwertyuiop",
  "asdfghjklöä",
  "asdfghjkl",
  "yxcvbnm",
  "zxcvbnm",
  "1234567890ß",
  "1234567890",
  "qwertzuiopasdfghjklyxcvbnm",
  "qwertyuiopasdfghjklzxcvbnm",
  "1q2w3e4r5t6z7u8i9o0p",
  "1q2w3e4r5t6y7u8i9o0p",
  "q1w2e3r4t5z6u7i8o9p0",
  "q1w2e3r4t5y6u7i8o9p0",
  "1qay2wsx3edc4rfv5tgb6zhn7ujm",
  "1qaz2wsx3edc4rfv5tgb6yhn7ujm",
  "qayxswedcvfrtgbnhzujm",
  "qazwsxedcrfvtgbyhnujm",
  "zaq12wsxcde34rfvbgt56yhn",
  "yaq12wsxcde34rfvbgt56zhn",
  "abcdefghijklmnopqrstuvwxyz",
  "0987654321",
  "9876543210",
  "poiuztrewq",
  "poiuytrewq",
  "mnbvcxy",
  "mnbvcxz",
];

export function generate(): string[] {
  const list = new Set<string>();
  const add = (candidate: string) => {
    const value = candidate.toLowerCase();
    if ([...value].length >= MIN_LENGTH) list.add(value);
  };
  const endings = suffixes();
  for (const word of words) {
    for (const ending of endings) add(word + ending);
    for (const ending of ["", "1", "123", "!"]) {
      add(word + word + ending);
      add(`mein${word}${ending}`);
      add(`my${word}${ending}`);
    }
  }
  for (const walk of walks) {
    for (let end = MIN_LENGTH; end <= walk.length; end++) add(walk.slice(0, end));
    for (const ending of ["1", "12", "123", "!", "1!", "123!"]) add(walk.slice(0, 10) + ending);
    add(walk.slice(0, 6) + walk.slice(0, 6));
    add(walk.slice(0, 8) + walk.slice(0, 8));
  }
  // Number sequences and repetitions of short blocks.
  for (let start = 0; start <= 9; start++) {
    let up = "";
    let down = "";
    for (let i = 0; i < 20; i++) {
      up += String((start + i) % 10);
      down += String((start - i + 100) % 10);
      add(up);
      add(down);
    }
  }
  for (const block of [
    "12",
    "123",
    "1234",
    "12345",
    "123456",
    "abc",
    "abcd",
    "qwe",
    "asd",
    "xyz",
    "69",
    "1212",
    "007",
  ]) {
    for (let times = 2; times <= 8; times++) add(block.repeat(times));
  }
  // Famous passphrases that are no longer secret.
  for (const phrase of [
    "correcthorsebatterystaple",
    "correct horse battery staple",
    "thequickbrownfox",
    "thequickbrownfoxjumpsoverthelazydog",
    "iloveyoutoo",
    "iloveyousomuch",
    "iloveyouforever",
    "ichliebedichsehr",
    "ichliebedichfuerimmer",
    "letmeinplease",
    "opensesame",
    "sesamoeffnedich",
    "passwordpassword",
    "passwortpasswort",
    "mypasswordis",
    "meinpasswortist",
    "changemenow",
    "welcometoberlin",
    "willkommeninberlin",
    "ichbineinberliner",
    "berlinistcool",
    "berlinberlin",
  ]) {
    for (const ending of ["", "1", "123", "!", "1!", "2024", "2025"]) add(phrase + ending);
  }
  return [...list].sort();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const list = generate();
  const target = fileURLToPath(new URL("./common-passwords.txt", import.meta.url));
  writeFileSync(target, `${list.join("\n")}\n`);
  process.stdout.write(`wrote ${list.length} entries to ${target}\n`);
}
