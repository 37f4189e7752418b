import type { FieldIssue } from "../../../platform/errors/errors";

/**
 * The optional profile questions asked on a survey's last page, kept apart from the answers and
 * used only to filter the evaluation. Each may be left empty; a value that is not offered is refused.
 */

export const profileQuestions = ["stakeholder-group", "district", "age-group"] as const;
export type ProfileQuestion = (typeof profileQuestions)[number];

/** Age groups wide enough that a small district does not single anybody out. */
export const ageGroups = ["under-18", "18-29", "30-44", "45-64", "65-plus"] as const;

export interface Profile {
  stakeholderGroup: string | null;
  district: string | null;
  ageGroup: string | null;
}

export const emptyProfile: Profile = { stakeholderGroup: null, district: null, ageGroup: null };

/** The offered values per profile question: the city's groups and districts, and the age groups. */
export interface ProfileOptions {
  stakeholderGroups: readonly string[];
  districts: readonly string[];
}

const fieldOf: Record<ProfileQuestion, keyof Profile> = {
  "stakeholder-group": "stakeholderGroup",
  district: "district",
  "age-group": "ageGroup",
};

/** The profile question's field in a form and in the stored profile. */
export function profileField(question: ProfileQuestion): keyof Profile {
  return fieldOf[question];
}

/** Reads the profile questions the survey asks from a list of names; unknown names are dropped. */
export function readProfileQuestions(names: readonly unknown[]): ProfileQuestion[] {
  return profileQuestions.filter((question) => names.includes(question));
}

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; issues: FieldIssue[] };

/**
 * Checks the profile sent with an answer: only the asked questions are read, each empty or one of
 * the offered values.
 */
export function checkProfile(
  asked: readonly ProfileQuestion[],
  sent: Readonly<Record<string, unknown>>,
  options: ProfileOptions,
): ProfileResult {
  const offered: Record<ProfileQuestion, readonly string[]> = {
    "stakeholder-group": options.stakeholderGroups,
    district: options.districts,
    "age-group": ageGroups,
  };
  const profile: Profile = { ...emptyProfile };
  const issues: FieldIssue[] = [];
  for (const question of asked) {
    const field = fieldOf[question];
    const value = typeof sent[field] === "string" ? (sent[field] as string).trim() : "";
    if (value === "") continue;
    if (offered[question].includes(value)) profile[field] = value;
    else issues.push({ path: field, message: "participation.errors.profileValue" });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, profile };
}

/** A filter of the evaluation: a stakeholder group and a district, each optional. */
export interface ProfileFilter {
  stakeholderGroup: string | null;
  district: string | null;
}

/** Whether a response's profile passes the filter (no filter part: everybody passes it). */
export function matchesFilter(profile: Profile | null, filter: ProfileFilter): boolean {
  if (filter.stakeholderGroup && profile?.stakeholderGroup !== filter.stakeholderGroup) return false;
  if (filter.district && profile?.district !== filter.district) return false;
  return true;
}

/** A filter from a query (`group`, `district`): only the asked profile questions, only offered values. */
export function readFilter(
  asked: readonly ProfileQuestion[],
  query: { group?: string | undefined; district?: string | undefined },
  options: ProfileOptions,
): ProfileFilter {
  const group = query.group ?? "";
  const district = query.district ?? "";
  return {
    stakeholderGroup: asked.includes("stakeholder-group") && options.stakeholderGroups.includes(group) ? group : null,
    district: asked.includes("district") && options.districts.includes(district) ? district : null,
  };
}
