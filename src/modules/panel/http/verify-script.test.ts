import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runVerifyScript } from "../../../../tests/support/panel/verify-script";
import { drawPanelNumber, drawReplacement } from "../domain/draw";
import { publishLottery } from "../domain/lottery-list";
import { verificationScript } from "./verify-script";

/**
 * Runs the script as a resident reads it in a terminal (without --json), in an empty folder with
 * the list, under the given LANG (none: the variable is not set at all).
 */
function runForReading(list: string, args: string[], lang?: string) {
  const dir = mkdtempSync(join(tmpdir(), "panel-verify-"));
  try {
    writeFileSync(join(dir, "panel-verify.mjs"), verificationScript());
    writeFileSync(join(dir, "lottery.txt"), list);
    const { BASE_URL: _url, LANG: _lang, LC_ALL: _all, LANGUAGE: _language, ...env } = process.env;
    const run = spawnSync(process.execPath, ["panel-verify.mjs", "lottery.txt", ...args], {
      cwd: dir,
      env: lang === undefined ? env : { ...env, LANG: lang },
      encoding: "utf8",
    });
    return { exitCode: run.status, stdout: run.stdout, stderr: run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** docs/panel-verify.mjs against the selection core itself: same panel, same replacements. */
describe("docs/panel-verify.mjs", () => {
  const ids = Array.from({ length: 12 }, (_, i) => `P-${String(i).padStart(8, "0")}`);
  const problem = { features: [], volunteers: ids.map((id) => ({ id, values: [] })), k: 4, households: false };
  // Uneven tickets: volunteer i sits on panels in proportion to how early they are.
  const panels = Array.from({ length: 37 }, (_, p) => [0, 1, 2, 3].map((j) => (p * (j + 1) + j * 3) % 12)).map(
    (members) => [...new Set(members)],
  );
  const published = publishLottery(problem, panels);
  const list = published.panels;

  it("draws the same panel and the same replacements as domain/draw.ts, for many seeds", async () => {
    for (const seed of ["1", "  6 6 6 ", "Würfel: 3 5 2", "x".repeat(200)]) {
      const number = drawPanelNumber(published.hash, seed, list.length);
      const eligible = ids.filter((id) => !(list[number - 1] ?? []).includes(id));
      const expected = [1, 2, 3].map((round) => drawReplacement(published.hash, seed, round, eligible, list));
      const result = await runVerifyScript({
        list: published.text,
        seed,
        hash: published.hash,
        extra: [1, 2, 3].flatMap((round) => ["--replacement", `${round}:${eligible.join(",")}`]),
      });
      expect(result.exitCode).toBe(0);
      expect(result.output).toMatchObject({ hash: published.hash, hashMatches: true, panelNumber: number });
      expect(result.output?.members).toEqual(list[number - 1]);
      expect(result.output?.replacements).toEqual(
        expected.map((r, i) => ({
          round: i + 1,
          id: r.id,
          ticket: r.ticket,
          tickets: r.tickets.reduce((s, t) => s + t.tickets, 0),
          matches: null,
        })),
      );
    }
  });

  it("says so when the list does not match the published checksum or a replacement differs", async () => {
    const wrongHash = await runVerifyScript({ list: published.text, seed: "1", hash: "0".repeat(64) });
    expect(wrongHash.exitCode).toBe(1);
    expect(wrongHash.output?.hashMatches).toBe(false);
    const wrongReplacement = await runVerifyScript({
      list: published.text,
      seed: "1",
      replacements: [{ round: 1, eligible: ids, replacement: "P-NOBODY00" }],
    });
    expect(wrongReplacement.exitCode).toBe(1);
    const broken = await runVerifyScript({ list: "1: a b\n3: c d\n", seed: "1", extra: ["--lang=en"] });
    expect(broken.exitCode).toBe(2);
    expect(broken.stderr).toContain('line 2 does not start with "2: "');
    const german = await runVerifyScript({ list: "1: a b\n3: c d\n", seed: "1", extra: ["--lang=de"] });
    expect(german.exitCode).toBe(2);
    expect(german.stderr).toContain("Zeile 2 beginnt nicht mit „2: “");
  });

  it("prints its result in German or English (--lang, else LANG, else German); the JSON is the same", async () => {
    const number = drawPanelNumber(published.hash, "3 1 4", list.length);
    const members = (list[number - 1] ?? []).join(" ");
    const eligible = ids.filter((id) => !(list[number - 1] ?? []).includes(id));
    const replacement = drawReplacement(published.hash, "3 1 4", 1, eligible, list);
    const tickets = replacement.tickets.reduce((sum, t) => sum + t.tickets, 0);
    const args = ["3 1 4", "--hash", published.hash, "--replacement", `1:${eligible.join(",")}`];
    const german = [
      `SHA-256 der Liste: ${published.hash}`,
      "Stimmt mit der veröffentlichten Prüfsumme überein: ja",
      `Räte auf der Liste: ${list.length}`,
      `Gezogener Rat: Nummer ${number}`,
      `Mitglieder: ${members}`,
      `Ersatz 1: ${replacement.id}, Los ${replacement.ticket + 1} von ${tickets}`,
      "",
    ].join("\n");
    const english = [
      `SHA-256 of the list: ${published.hash}`,
      "Same as the published checksum: yes",
      `Panels in the list: ${list.length}`,
      `Panel drawn: number ${number}`,
      `Members: ${members}`,
      `Replacement 1: ${replacement.id}, ticket ${replacement.ticket + 1} of ${tickets}`,
      "",
    ].join("\n");

    for (const [lang, env, expected] of [
      ["--lang=de", "en_GB.UTF-8", german],
      ["--lang=en", "de_DE.UTF-8", english],
      ["--lang=EN", undefined, english],
    ] as const) {
      const run = runForReading(published.text, [...args, lang], env);
      expect(run.exitCode, lang).toBe(0);
      expect(run.stdout, lang).toBe(expected);
    }
    // "--lang en" (two words) is read the same; the flag may come anywhere.
    expect(runForReading(published.text, ["--lang", "en", ...args]).stdout).toBe(english);
    // Without the flag, LANG decides: English for "en…", German for everything else and when unset.
    expect(runForReading(published.text, args, "en_US.UTF-8").stdout).toBe(english);
    expect(runForReading(published.text, args, "de_DE.UTF-8").stdout).toBe(german);
    expect(runForReading(published.text, args, "C.UTF-8").stdout).toBe(german);
    expect(runForReading(published.text, args, "fr_FR.UTF-8").stdout).toBe(german);
    expect(runForReading(published.text, args).stdout).toBe(german);

    // A mismatch is said in the reader's language too, and the exit code is 1 in both.
    const wrong = ["3 1 4", "--hash", "0".repeat(64)];
    const wrongGerman = runForReading(published.text, [...wrong, "--lang=de"]);
    expect(wrongGerman.exitCode).toBe(1);
    expect(wrongGerman.stdout).toContain("Stimmt mit der veröffentlichten Prüfsumme überein: NEIN");
    const wrongEnglish = runForReading(published.text, [...wrong, "--lang=en"]);
    expect(wrongEnglish.exitCode).toBe(1);
    expect(wrongEnglish.stdout).toContain("Same as the published checksum: NO");

    // The machine-readable result does not depend on the language.
    const json = await Promise.all(
      ["--lang=de", "--lang=en"].map((lang) =>
        runVerifyScript({ list: published.text, seed: "3 1 4", hash: published.hash, extra: [lang] }),
      ),
    );
    expect(json[0]?.output).toEqual(json[1]?.output);
    expect(json[0]?.output).toMatchObject({ hashMatches: true, panelNumber: number });
  });

  it("answers wrong input in the chosen language, and refuses a language it does not speak", () => {
    expect(runForReading(published.text, ["--lang=de"]).stderr).toBe(
      "panel-verify: Aufruf: node panel-verify.mjs LISTE ZUFALLSZAHL [--hash PRÜFSUMME] [--replacements DATEI] [--replacement R:ID,ID,…] [--lang=de|en] [--json]\n",
    );
    expect(runForReading(published.text, [], "en_GB.UTF-8").stderr).toContain(
      "panel-verify: usage: node panel-verify.mjs LIST SEED",
    );
    const emptySeed = runForReading(published.text, ["  ", "--lang=en"]);
    expect(emptySeed.exitCode).toBe(2);
    expect(emptySeed.stderr).toBe("panel-verify: the seed is empty\n");
    expect(runForReading(published.text, ["  ", "--lang=de"]).stderr).toBe("panel-verify: die Zufallszahl ist leer\n");
    const noLineBreak = runForReading(published.text.slice(0, -1), ["1"], "de_DE.UTF-8");
    expect(noLineBreak.exitCode).toBe(2);
    expect(noLineBreak.stderr).toBe("panel-verify: die Liste muss mit einem Zeilenumbruch enden\n");
    const french = runForReading(published.text, ["1", "--lang=fr"]);
    expect(french.exitCode).toBe(2);
    expect(french.stderr).toBe("panel-verify: unbekannte Sprache „fr“: bitte --lang=de oder --lang=en\n");
    expect(runForReading(published.text, ["1", "--lang=fr"], "en_GB.UTF-8").stderr).toBe(
      'panel-verify: unknown language "fr": use --lang=de or --lang=en\n',
    );
  });
});
