import type { Executor } from "../../../platform/db/database";
import { Invalid } from "../../../platform/errors/errors";
import type { City } from "../../../platform/reference-data";
import { isDistrictKey } from "../../../platform/reference-data";
import { catalogueChoices } from "../../strategy";
import type { EntryContent } from "../domain/entry";

/**
 * Checks the parts of an entry that refer to the strategy and the city: its action fields, its
 * districts and the values of its compass. Anything unknown is refused, field by field.
 */
export async function checkReferences(
  db: Executor,
  city: City,
  content: Pick<EntryContent, "actionFieldIds" | "districtIds" | "compass">,
): Promise<void> {
  const issues: { path: string; message: string }[] = [];
  const { actionFields, compassValues } = await catalogueChoices(db, "de");
  const fields = new Set(actionFields.map((f) => f.id));
  if (content.actionFieldIds.some((id) => !fields.has(id)))
    issues.push({ path: "actionFieldIds", message: "arena.errors.actionFieldUnknown" });
  if (content.districtIds.some((key) => !isDistrictKey(city, key)))
    issues.push({ path: "districtIds", message: "arena.errors.districtUnknown" });
  const values = new Set(compassValues.map((v) => v.id));
  if (Object.keys(content.compass).some((id) => !values.has(id)))
    issues.push({ path: "compass", message: "arena.errors.valueUnknown" });
  if (issues.length > 0) throw new Invalid("errors.invalidInput", issues);
}
