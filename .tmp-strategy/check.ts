import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { emptyKnown, readStrategyFile } from "/work/main/src/modules/strategy/use-cases/strategy-file";
const raw = parse(readFileSync("/work/main/src/modules/strategy/seed/gdb-demo.yaml", "utf8"));
const r = readStrategyFile(raw, emptyKnown());
if (!r.ok) console.log(r.issues); else {
  console.log(r.catalogue.measures.map(m => `${m.code} ${m.slug} ${m.content.status} ${m.content.responsibleOrganisationId} ${JSON.stringify(m.content.districtIds)} ${m.content.periodStart}-${m.content.periodEnd}`).join("\n"));
  console.log(r.catalogue.organisations.filter(o=>o.kind===null));
  console.log(r.catalogue.scale, r.catalogue.meta);
}
const bad = structuredClone(raw); bad.measures[3].action_fields[0] = "XX-9"; bad.measures[0].type="lokal"; bad.measures[1].colour = 1; bad.measures[2].status = 5;
const r2 = readStrategyFile(bad, emptyKnown()); console.log(r2.ok ? "ok?" : r2.issues);
