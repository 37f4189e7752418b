import { z } from "zod";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { findPanelByName } from "../data/queries";
import { insertPanel, insertVolunteers } from "../data/repository";
import { newPseudonym } from "../domain/pseudonym";
import { readQuotaTable } from "../domain/quota-table";
import { seededRandom } from "../domain/random";
import { readCsvField } from "./panel-csv-invalid";

/**
 * The demo panel, after the strategy's "Stadtgremium Digitales Berlin": 70 members from 3,000
 * invitations (verified facts). The quotas and the pool of 150 volunteers are invented demo content,
 * generated from a fixed seed so every demo looks the same.
 */
export const DEMO_PANEL_NAME = "Stadtgremium Digitales Berlin";

const demoQuotas = `feature,value,min,max,population_share
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

/** Who volunteers is skewed (older people and the inner city more often), as it is in practice. */
const demoPoolWeights: Record<string, number[]> = {
  Altersgruppe: [0.16, 0.3, 0.26, 0.28],
  Geschlecht: [0.5, 0.47, 0.03],
  Wohnort: [0.44, 0.26, 0.3],
};

export const seedDemoPanel = defineUseCase({
  action: "panel.seed",
  input: z.object({ poolSize: z.number().int().min(70).max(1000).default(150) }),
  run: async ({ deps, tx, now }, input) => {
    const existing = await findPanelByName(tx, DEMO_PANEL_NAME);
    if (existing)
      return {
        result: { id: existing.id, created: false },
        audit: { action: "panel.seed.skip", objectType: "panel", objectId: existing.id },
      };
    const features = readCsvField("quotas", () => readQuotaTable(demoQuotas, 70));
    const id = await insertPanel(tx, {
      name: DEMO_PANEL_NAME,
      description:
        "Für die Strategie „Gemeinsam Digital: Berlin“ wurden 3.000 Berliner:innen aus dem Melderegister eingeladen; 70 von ihnen bildeten das Stadtgremium. Quoten und Anmeldungen dieser Demo sind erfunden.",
      size: 70,
      lotterySize: 1000,
      features,
      status: "registration",
      invitationsSent: 3000,
      demo: true,
      createdAt: now,
      updatedAt: now,
    });
    const random = seededRandom(20211120);
    const pick = (weights: number[]) => {
      let r = random();
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i] as number;
        if (r < 0) return i;
      }
      return weights.length - 1;
    };
    const volunteers = Array.from({ length: input.poolSize }, () => {
      const answers: Record<string, string> = {};
      for (const f of features) answers[f.name] = f.values[pick(demoPoolWeights[f.name] ?? [])]?.name ?? "";
      return { panelId: id, pseudonym: newPseudonym(deps.random), features: answers, registeredAt: now };
    });
    await insertVolunteers(tx, volunteers);
    return {
      result: { id, created: true },
      audit: { action: "panel.seed", objectType: "panel", objectId: id, after: { pool: input.poolSize } },
    };
  },
});
