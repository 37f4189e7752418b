import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  accountHeading,
  declarationChoices,
  declarationRefusal,
  ELIGIBILITY_MODES,
  type Eligibility,
  eligibilityOf,
  type Residence,
} from "./eligibility";
import {
  normaliseBirthDate,
  normaliseName,
  normalisePostcode,
  personKey,
  readAddressList,
  readEligibilityList,
} from "./eligibility-list";

const now = new Date(Date.UTC(2026, 5, 1));
const later = new Date(Date.UTC(2026, 6, 1));
const earlier = new Date(Date.UTC(2026, 4, 1));
const neukoelln = { id: "h-nk", district: "neukoelln" };
const lichtenberg = { id: "h-lb", district: "lichtenberg" };
const theme = { id: "h-all", district: null };
const districts = [neukoelln, lichtenberg];

const declared = (headingId: string): Residence => ({ headingId, source: "declared", validUntil: null });
const letter = (headingId: string, validUntil = later): Residence => ({ headingId, source: "letter", validUntil });
const list = (headingId: string, validUntil = later): Residence => ({ headingId, source: "list", validUntil });

describe("who may vote in which heading", () => {
  it("never lets an account vote in a codes-only budget, whatever it declared or holds", () => {
    for (const residence of [null, declared("h-nk"), letter("h-nk"), list("h-nk")])
      for (const ballot of [null, "h-nk"])
        expect(accountHeading("codes_only", districts, residence, ballot, now)).toEqual({ status: "codesOnly" });
  });

  it("asks for a declaration in a self-declared budget, then votes in the declared heading", () => {
    expect(accountHeading("self_declared", districts, null, null, now)).toEqual({ status: "needsDeclaration" });
    expect(accountHeading("self_declared", districts, declared("h-lb"), null, now)).toEqual({
      status: "ok",
      heading: lichtenberg,
    });
    // Only themes open to everyone: nothing to declare.
    expect(accountHeading("self_declared", [theme], null, null, now)).toEqual({ status: "ok", heading: theme });
  });

  it("needs a verification of the budget's own kind that has not run out", () => {
    expect(accountHeading("verified_letter", districts, null, null, now)).toEqual({ status: "needsVerification" });
    // A declaration (or a list match) is no letter.
    expect(accountHeading("verified_letter", districts, declared("h-nk"), null, now).status).toBe("needsVerification");
    expect(accountHeading("verified_letter", districts, list("h-nk"), null, now).status).toBe("needsVerification");
    expect(accountHeading("verified_letter", districts, letter("h-nk"), null, now)).toEqual({
      status: "ok",
      heading: neukoelln,
    });
    expect(accountHeading("verified_letter", districts, letter("h-nk", earlier), null, now).status).toBe(
      "needsVerification",
    );
    expect(accountHeading("verified_list", districts, list("h-lb"), null, now)).toEqual({
      status: "ok",
      heading: lichtenberg,
    });
    expect(accountHeading("verified_list", [theme], null, null, now).status).toBe("needsVerification");
  });

  it("keeps the heading of a cast ballot, whatever the residence says", () => {
    expect(accountHeading("self_declared", districts, declared("h-nk"), "h-lb", now)).toEqual({
      status: "ok",
      heading: lichtenberg,
    });
  });

  it("property: an account votes only in a heading of the budget, and only where the mode allows it", () => {
    const heading = fc.constantFrom(neukoelln, lichtenberg, theme);
    fc.assert(
      fc.property(
        fc.constantFrom(...ELIGIBILITY_MODES),
        fc.uniqueArray(heading, { minLength: 1, selector: (h) => h.id }),
        fc.option(
          fc.record({
            headingId: fc.constantFrom("h-nk", "h-lb", "h-all", "h-gone"),
            source: fc.constantFrom("declared" as const, "letter" as const, "list" as const),
            validUntil: fc.option(fc.constantFrom(earlier, later), { nil: null }),
          }),
          { nil: null },
        ),
        fc.option(fc.constantFrom("h-nk", "h-lb", "h-all"), { nil: null }),
        (mode: Eligibility, headings, residence, ballot) => {
          const found = accountHeading(mode, headings, residence, ballot, now);
          if (mode === "codes_only") expect(found.status).toBe("codesOnly");
          if (found.status !== "ok") return;
          expect(headings).toContain(found.heading);
          if (ballot !== null) expect(found.heading.id).toBe(ballot);
          else if (mode === "verified_letter" || mode === "verified_list") {
            // Verified: only by an unexpired binding of this mode's kind.
            expect(residence?.source).toBe(mode === "verified_letter" ? "letter" : "list");
            expect(residence?.headingId).toBe(found.heading.id);
            expect(residence?.validUntil === null || (residence?.validUntil ?? earlier) > now).toBe(true);
          } else if (residence?.source === "declared" && (residence.validUntil === null || residence.validUntil > now))
            expect(found.heading.id).toBe(residence.headingId);
          // No ballot and no declaration that still holds: only a budget of open themes lets one vote.
          else expect(headings.every((h) => h.district === null)).toBe(true);
        },
      ),
    );
  });

  it("lets an expired declaration count for nothing: in a budget of open themes the account votes in the theme", () => {
    const expired = { headingId: "h-nk", source: "declared" as const, validUntil: earlier };
    expect(accountHeading("self_declared", [theme], expired, null, now)).toEqual({ status: "ok", heading: theme });
    expect(accountHeading("self_declared", [theme, neukoelln], expired, null, now).status).toBe("needsDeclaration");
  });

  it("offers every district and the open theme for a declaration, and refuses a fixed or foreign one", () => {
    expect(declarationChoices([theme, neukoelln, lichtenberg]).map((h) => h.id)).toEqual(["h-nk", "h-lb", "h-all"]);
    expect(declarationRefusal("self_declared", districts, "h-lb", false)).toBeNull();
    expect(declarationRefusal("self_declared", districts, "h-lb", true)).toBe("fixedByBallot");
    expect(declarationRefusal("self_declared", districts, "h-other", false)).toBe("unknownHeading");
    for (const mode of ["codes_only", "verified_letter", "verified_list"] as const)
      expect(declarationRefusal(mode, districts, "h-lb", false)).toBe("notSelfDeclared");
  });

  it("reads an unknown stored mode as codes only", () => {
    expect(eligibilityOf("anything")).toBe("codes_only");
    expect(eligibilityOf("verified_list")).toBe("verified_list");
  });
});

describe("normalising the eligibility list", () => {
  it("treats spelling variants of a name as one", () => {
    expect(normaliseName("Müller, Anna-Lena")).toBe(normaliseName("anna lena MUELLER"));
    expect(normaliseName("José  Núñez")).toBe(normaliseName("jose nunez"));
    expect(normaliseName("Strauß")).toBe("strauss");
    expect(normaliseName(" ,- ")).toBe("");
  });

  it("reads German and ISO birth dates and refuses impossible ones", () => {
    expect(normaliseBirthDate("1.2.1980")).toBe("1980-02-01");
    expect(normaliseBirthDate("1980-02-01")).toBe("1980-02-01");
    expect(normaliseBirthDate("29.02.2023")).toBeNull();
    expect(normaliseBirthDate("29.02.2024")).toBe("2024-02-29");
    expect(normaliseBirthDate("31.04.1980")).toBeNull();
    expect(normaliseBirthDate("gestern")).toBeNull();
  });

  it("takes five-digit postcodes only", () => {
    expect(normalisePostcode(" 12 043 ")).toBe("12043");
    expect(normalisePostcode("1204")).toBeNull();
    expect(normalisePostcode("12043a")).toBeNull();
  });

  it("property: the key ignores case, spacing, order of name parts and umlaut spelling", () => {
    const part = fc.stringMatching(/^[a-zäöüß]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(part, { minLength: 1, maxLength: 4 }),
        fc.date({ min: new Date("1900-01-01"), max: new Date("2020-12-31"), noInvalidDate: true }),
        fc.stringMatching(/^\d{5}$/),
        (parts, born, postcode) => {
          const iso = born.toISOString().slice(0, 10);
          const [y, m, d] = iso.split("-");
          const a = personKey({ name: parts.join(" "), birthDate: iso, postcode });
          const spelled = parts
            .map((p) => p.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss"))
            .reverse()
            .join(" ,  ")
            .toUpperCase();
          const b = personKey({ name: `  ${spelled} `, birthDate: `${d}.${m}.${y}`, postcode: ` ${postcode}` });
          expect(a).toEqual(b);
          expect("key" in a).toBe(true);
          // Normalising is idempotent.
          expect(normaliseName(normaliseName(parts.join(" ")))).toBe(normaliseName(parts.join(" ")));
        },
      ),
    );
  });

  it("property: different birth dates or postcodes never give the same key", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{5}$/), fc.stringMatching(/^\d{5}$/), (p1, p2) => {
        fc.pre(p1 !== p2);
        const a = personKey({ name: "Anna Muster", birthDate: "1980-01-01", postcode: p1 });
        const b = personKey({ name: "Anna Muster", birthDate: "1980-01-01", postcode: p2 });
        expect(a).not.toEqual(b);
      }),
    );
  });

  it("reads a list with German headers and semicolons, and refuses the whole file for one bad row", () => {
    const good = readEligibilityList(
      "Name;Geburtsdatum;PLZ\nAnna Muster;01.02.1980;12043\nBen Beispiel;1975-12-31;10317\n",
    );
    expect("keys" in good && good.keys.length).toBe(2);
    expect(readEligibilityList("Name;Geburtsdatum;PLZ\nAnna Muster;31.02.1980;12043\n")).toEqual({
      problem: "badRow",
      row: 2,
      column: "birthDate",
    });
    expect(readEligibilityList("Name,Geburtsdatum\nAnna,1980-01-01\n")).toEqual({
      problem: "missingColumn",
      column: "postcode",
    });
    expect(readEligibilityList("")).toEqual({ problem: "empty" });
    expect(readEligibilityList('name,birth date,postcode\n"Anna,1980-01-01,12043\n')).toEqual({
      problem: "unreadable",
    });
  });

  it("reads an address list into at most six lines per letter", () => {
    const read = readAddressList("Name,Straße,Ort\nAnna Muster,Weg 1,12043 Berlin\n\n", 10);
    expect(read).toEqual({ addresses: [["Anna Muster", "Weg 1", "12043 Berlin"]] });
    expect(readAddressList("Name\n", 10)).toEqual({ problem: "empty" });
    expect(readAddressList("Name\na\nb\nc\n", 2)).toEqual({ problem: "tooMany", limit: 2 });
  });
});
