import type { Locale } from "../i18n/i18n";

/**
 * The groups of the city's "helix" that shape the strategy together: public sector, business,
 * science, civil society, and the residents (including groups that are seldom heard).
 */
export const stakeholderGroups = [
  { key: "state", name: { de: "Verwaltung und Politik", en: "Public administration and politics" } },
  { key: "business", name: { de: "Wirtschaft", en: "Business" } },
  { key: "science", name: { de: "Wissenschaft", en: "Science and research" } },
  { key: "civil_society", name: { de: "Zivilgesellschaft", en: "Civil society" } },
  { key: "resident", name: { de: "Stadtgesellschaft (Bewohner:innen)", en: "Residents" } },
] as const satisfies ReadonlyArray<{ key: string; name: Record<Locale, string> }>;

export type StakeholderGroupKey = (typeof stakeholderGroups)[number]["key"];
export const stakeholderGroupKeys = stakeholderGroups.map((g) => g.key) as [
  StakeholderGroupKey,
  ...StakeholderGroupKey[],
];

export function isStakeholderGroupKey(value: unknown): value is StakeholderGroupKey {
  return typeof value === "string" && (stakeholderGroupKeys as readonly string[]).includes(value);
}

/** The group's name in the given language, or null for an unknown key. */
export function stakeholderGroupName(key: string | null | undefined, locale: Locale): string | null {
  const group = stakeholderGroups.find((g) => g.key === key);
  return group ? group.name[locale] : null;
}
