import { z } from "zod";
import type { Executor } from "../../../platform/db/database";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findPanelByName } from "../data/queries";
import {
  finishJob,
  insertLottery,
  insertPanel,
  insertSelectionJob,
  insertVolunteers,
  recordDraw,
  selectMembers,
  setPanelStatus,
  setVolunteerProbabilities,
} from "../data/repository";
import { DEMO_OPEN_PANEL_NAME, DEMO_PANEL_NAME } from "../domain/demo-panels";
import { drawPanelNumber } from "../domain/draw";
import type { PanelFeature } from "../domain/panel";
import { newPseudonym } from "../domain/pseudonym";
import { readQuotaTable } from "../domain/quota-table";
import { type Random, seededRandom } from "../domain/random";
import { selectionProblem } from "../domain/selection-problem";
import { compareWithLegacy, computeSelection } from "../domain/selection-run";
import { readCsvField } from "./panel-csv-invalid";

export { DEMO_OPEN_PANEL_NAME, DEMO_PANEL_NAME };

/**
 * The demo's two panels. The first follows the strategy's "Stadtgremium Digitales Berlin": 70
 * members from 3,000 invitations (verified facts); it is shown after its draw. Its quotas, its pool
 * of 150 volunteers and the draw are invented demo content: the pool and the pseudonyms come from
 * fixed seeds, the selection is the real LEXIMIN run with a fixed seed (deterministic, so every
 * demo looks the same), and the draw uses the published procedure with the fixed public number
 * {@link DEMO_DRAW_SEED}. The second panel (invented, after the committee's wish for a permanent
 * body) is still open for registration; its quotas are by Berlin's twelve districts (approximate,
 * rounded population shares), so its page shows them on the district map.
 */
export const DEMO_DRAW_SEED = "4 2 6 1 5 3";
const DEMO_SELECTION_SEED = 20211120;

const committeeQuotas = `feature,value,min,max,population_share
Altersgruppe,16–29,11,16,19
Altersgruppe,30–49,20,26,33
Altersgruppe,50–64,14,19,24
Altersgruppe,65+,14,19,24
Geschlecht,weiblich,33,38,51
Geschlecht,männlich,31,36,48
Geschlecht,divers,0,3,1
Wohnort,innerhalb des S-Bahn-Rings,22,27,34
Wohnort,außerhalb West,19,24,30
Wohnort,außerhalb Ost,22,27,36
`;

const revisionQuotas = `feature,value,min,max,population_share
Altersgruppe,16–29,4,7,19
Altersgruppe,30–49,8,11,33
Altersgruppe,50–64,6,9,24
Altersgruppe,65+,6,9,24
Geschlecht,weiblich,14,17,51
Geschlecht,männlich,13,16,48
Geschlecht,divers,0,2,1
Bezirk,Mitte,2,4,10.2
Bezirk,Friedrichshain-Kreuzberg,1,3,7.6
Bezirk,Pankow,2,4,10.9
Bezirk,Charlottenburg-Wilmersdorf,2,4,8.8
Bezirk,Spandau,1,3,6.6
Bezirk,Steglitz-Zehlendorf,1,3,8.0
Bezirk,Tempelhof-Schöneberg,2,4,9.2
Bezirk,Neukölln,2,4,8.5
Bezirk,Treptow-Köpenick,1,3,7.6
Bezirk,Marzahn-Hellersdorf,1,3,7.5
Bezirk,Lichtenberg,1,3,8.1
Bezirk,Reinickendorf,1,3,7.0
`;

/** Who volunteers is skewed (older people and the inner city more often), as it is in practice. */
const demoPoolWeights: Record<string, number[]> = {
  Altersgruppe: [0.16, 0.3, 0.26, 0.28],
  Geschlecht: [0.5, 0.47, 0.03],
  Wohnort: [0.44, 0.26, 0.3],
  // The twelve districts in the city's order (Friedrichshain-Kreuzberg and Neukölln more often).
  Bezirk: [0.1, 0.09, 0.11, 0.09, 0.07, 0.08, 0.09, 0.09, 0.07, 0.07, 0.07, 0.07],
};

/** Bytes from a seeded generator, so the demo's pseudonyms are the same on every start. */
function seededBytes(random: Random) {
  return (size: number) => Buffer.from(Array.from({ length: size }, () => Math.floor(random() * 256)));
}

function demoPool(features: PanelFeature[], size: number, seed: number) {
  const random = seededRandom(seed);
  const bytes = seededBytes(seededRandom(seed + 1));
  const pick = (weights: number[]) => {
    let r = random();
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] as number;
      if (r < 0) return i;
    }
    return weights.length - 1;
  };
  return Array.from({ length: size }, () => {
    const answers: Record<string, string> = {};
    for (const f of features) answers[f.name] = f.values[pick(demoPoolWeights[f.name] ?? [])]?.name ?? "";
    return { pseudonym: newPseudonym(bytes), features: answers };
  });
}

/** The committee: pool, LEXIMIN run, published list and the draw, as the real steps store them. */
async function seedDrawnCommittee(tx: Executor, now: Date, poolSize: number): Promise<string> {
  const features = readCsvField("quotas", () => readQuotaTable(committeeQuotas, 70));
  const id = await insertPanel(tx, {
    name: DEMO_PANEL_NAME,
    // Pages show the description from the catalogue, in the reader's language; this is for the API.
    description:
      "Für die Strategie „Gemeinsam Digital: Berlin“ wurden 3.000 Berliner:innen aus dem Melderegister eingeladen; 70 von ihnen bildeten das Stadtgremium. Quoten, Anmeldungen und Ziehung dieser Demo sind erfunden.",
    size: 70,
    lotterySize: 1000,
    features,
    status: "registration",
    invitationsSent: 3000,
    demo: true,
    createdAt: now,
    updatedAt: now,
  });
  const pool = demoPool(features, poolSize, DEMO_SELECTION_SEED);
  await insertVolunteers(
    tx,
    pool.map((v) => ({ panelId: id, ...v, registeredAt: now })),
  );
  const started = Date.now();
  const run = await computeSelection(selectionProblem({ features, size: 70 }, pool), 1000, DEMO_SELECTION_SEED);
  const jobId = await insertSelectionJob(tx, id, now);
  for (const [i, v] of pool.entries()) {
    await setVolunteerProbabilities(
      tx,
      id,
      v.pseudonym,
      run.probabilities[i] ?? 0,
      run.legacyProbabilities?.[i] ?? null,
    );
  }
  await finishJob(
    tx,
    jobId,
    {
      algorithm: "leximin",
      minProbability: run.minProbability,
      distributionPanels: run.distributionPanels,
      listText: run.listText,
      hash: run.hash,
      lotterySize: 1000,
      maxDeviation: run.maxDeviation,
      comparison: compareWithLegacy(run),
      ms: Date.now() - started,
    },
    now,
  );
  await insertLottery(tx, { panelId: id, listText: run.listText, hash: run.hash, size: 1000, publishedAt: now });
  const number = drawPanelNumber(run.hash, DEMO_DRAW_SEED, 1000);
  await recordDraw(tx, id, { seed: DEMO_DRAW_SEED, drawnIndex: number, drawnAt: now });
  const line = run.listText.split("\n")[number - 1] ?? "";
  await selectMembers(tx, id, line.slice(line.indexOf(": ") + 2).split(" "));
  await setPanelStatus(tx, id, "drawn", now);
  return id;
}

/** The panel still open: invitations sent, the first volunteers registered. */
async function seedOpenPanel(tx: Executor, now: Date): Promise<string> {
  const features = readCsvField("quotas", () => readQuotaTable(revisionQuotas, 30));
  const id = await insertPanel(tx, {
    name: DEMO_OPEN_PANEL_NAME,
    description:
      "Beim letzten Treffen wünschte sich das Stadtgremium ein dauerhaftes Gremium. Dieser Rat soll die Strategie mit überarbeiten. Dieser Rat und seine Anmeldungen sind Demo-Inhalt.",
    size: 30,
    lotterySize: 1000,
    features,
    status: "registration",
    invitationsSent: 1500,
    demo: true,
    createdAt: now,
    updatedAt: now,
  });
  const pool = demoPool(features, 64, DEMO_SELECTION_SEED + 7);
  await insertVolunteers(
    tx,
    pool.map((v) => ({ panelId: id, ...v, registeredAt: now })),
  );
  return id;
}

export const seedDemoPanel = defineUseCase({
  action: "panel.seed",
  input: z.object({ poolSize: z.number().int().min(70).max(1000).default(150) }),
  run: async ({ tx, now }, input) => {
    const existing = await findPanelByName(tx, DEMO_PANEL_NAME);
    const open = await findPanelByName(tx, DEMO_OPEN_PANEL_NAME);
    const id = existing?.id ?? (await seedDrawnCommittee(tx, now, input.poolSize));
    const openId = open?.id ?? (await seedOpenPanel(tx, now));
    const created = !existing || !open;
    return {
      result: { id, openId, created },
      audit: {
        action: created ? "panel.seed" : "panel.seed.skip",
        objectType: "panel",
        objectId: id,
        after: { pool: input.poolSize, open: openId },
      },
    };
  },
});
