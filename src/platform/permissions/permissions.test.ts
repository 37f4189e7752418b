import { describe, expect, it } from "vitest";
import { registerModules } from "../../app/modules";
import { type ActionRule, type Actor, can, declaredActions, defineActions, type RoleGrant } from "./permissions";

registerModules();

type Subject = "guest" | "resident" | "moderator" | "strategy_office" | "administrator";
const subjects: Subject[] = ["guest", "resident", "moderator", "strategy_office", "administrator"];

const resident: RoleGrant = { role: "resident", scopeType: null, scopeId: null };

function actorFor(subject: Subject): Actor {
  if (subject === "guest") return { kind: "guest" };
  const grants = subject === "resident" ? [resident] : [resident, { role: subject, scopeType: null, scopeId: null }];
  return {
    kind: "user",
    id: `00000000-0000-4000-8000-00000000000${subjects.indexOf(subject)}`,
    label: subject,
    grants,
  };
}

/** What the rules of a declared action say, read the way the platform documents them. */
function expectedFromRule(rule: ActionRule, subject: Subject): boolean {
  if (subject === "administrator") return true;
  if (subject === "guest") return rule.guests === true;
  if (rule.roles.includes("resident")) return true;
  return subject !== "resident" && rule.roles.includes(subject);
}

/**
 * Who may do what today. A change of the rules must change this table, so it shows up in review.
 * Actions added later are still covered by the rule-driven test below.
 */
const pinned: Record<string, Record<Subject, boolean>> = {
  "account.updateOwn": { guest: false, resident: true, moderator: true, strategy_office: true, administrator: true },
  "admin.access": { guest: false, resident: false, moderator: false, strategy_office: false, administrator: true },
  "admin.users.read": { guest: false, resident: false, moderator: false, strategy_office: false, administrator: true },
  "admin.users.create": {
    guest: false,
    resident: false,
    moderator: false,
    strategy_office: false,
    administrator: true,
  },
  "admin.roles.manage": {
    guest: false,
    resident: false,
    moderator: false,
    strategy_office: false,
    administrator: true,
  },
  "admin.audit.read": { guest: false, resident: false, moderator: false, strategy_office: false, administrator: true },
};

const declared = [...declaredActions().entries()];

describe("the pinned permission table", () => {
  it("names only actions that are declared", () => {
    const names = new Set(declaredActions().keys());
    expect(Object.keys(pinned).filter((action) => !names.has(action))).toEqual([]);
  });

  for (const [action, row] of Object.entries(pinned)) {
    for (const subject of subjects) {
      it(`${subject} ${row[subject] ? "may" : "may not"} ${action}`, () => {
        expect(can(actorFor(subject), action)).toBe(row[subject]);
      });
    }
  }
});

describe("every declared action, for every global role", () => {
  it("has modules that declare actions", () => {
    expect(declared.length).toBeGreaterThanOrEqual(Object.keys(pinned).length);
  });

  for (const [action, rule] of declared) {
    for (const subject of subjects) {
      const expected = expectedFromRule(rule, subject);
      it(`${action}: ${subject} → ${expected ? "allowed" : "refused"}`, () => {
        expect(can(actorFor(subject), action)).toBe(expected);
        // Without an object, only global roles count.
        expect(can(actorFor(subject), action, undefined)).toBe(expected);
      });
    }
    it(`${action}: the command line (system actor) may`, () => {
      expect(can({ kind: "system", label: "cli" }, action)).toBe(true);
    });
  }

  it("refuses actions nobody declared, even to administrators", () => {
    expect(can(actorFor("administrator"), "admin.acess")).toBe(false);
    expect(can({ kind: "system", label: "cli" }, "no.such.action")).toBe(false);
  });
});

describe("scoped roles", () => {
  const smartWater = { type: "measure", id: "smart-water" };
  const other = { type: "measure", id: "kiez-labs" };
  const teamMember: Actor = {
    kind: "user",
    id: "00000000-0000-4000-8000-0000000000aa",
    label: "team",
    grants: [resident, { role: "team_member", scopeType: "measure", scopeId: "smart-water" }],
  };

  // An action as a measure module declares it: the strategy office everywhere, team members on their measure.
  defineActions({ "example.measure.report": { roles: ["strategy_office"], scopedRoles: ["team_member"] } });

  it("grant the action on the object they are scoped to", () => {
    expect(can(teamMember, "example.measure.report", smartWater)).toBe(true);
  });

  it("do not grant it on another object, on another kind of object, or without an object", () => {
    expect(can(teamMember, "example.measure.report", other)).toBe(false);
    expect(can(teamMember, "example.measure.report", { type: "budget", id: "smart-water" })).toBe(false);
    expect(can(teamMember, "example.measure.report")).toBe(false);
  });

  it("do not grant actions that don't name the scoped role", () => {
    for (const [action, rule] of declared) {
      const expected = rule.roles.includes("resident") || (rule.scopedRoles ?? []).includes("team_member");
      expect({ action, allowed: can(teamMember, action, smartWater) }).toEqual({ action, allowed: expected });
    }
  });

  it("a role name held for one object is not the global role", () => {
    const scopedAdministrator: Actor = {
      kind: "user",
      id: "00000000-0000-4000-8000-0000000000ab",
      label: "scoped",
      grants: [resident, { role: "administrator", scopeType: "measure", scopeId: "smart-water" }],
    };
    expect(can(scopedAdministrator, "admin.access")).toBe(false);
    expect(can(scopedAdministrator, "admin.roles.manage", smartWater)).toBe(false);
    const scopedOffice: Actor = {
      kind: "user",
      id: "00000000-0000-4000-8000-0000000000ac",
      label: "scoped",
      grants: [resident, { role: "strategy_office", scopeType: "measure", scopeId: "smart-water" }],
    };
    expect(can(scopedOffice, "example.measure.report", other)).toBe(false);
  });

  it("global roles still apply on any object", () => {
    expect(can(actorFor("strategy_office"), "example.measure.report", other)).toBe(true);
    expect(can(actorFor("moderator"), "example.measure.report", other)).toBe(false);
    expect(can(actorFor("guest"), "example.measure.report", smartWater)).toBe(false);
  });

  for (const [action, rule] of declared.filter(([, r]) => (r.scopedRoles ?? []).length > 0)) {
    it(`${action}: each of its scoped roles works on its own object only`, () => {
      for (const role of rule.scopedRoles ?? []) {
        const holder: Actor = {
          kind: "user",
          id: "00000000-0000-4000-8000-0000000000ad",
          label: role,
          grants: [resident, { role, scopeType: "measure", scopeId: "smart-water" }],
        };
        expect(can(holder, action, smartWater)).toBe(true);
        expect(can(holder, action, other)).toBe(rule.roles.includes("resident"));
      }
    });
  }
});
