import { z } from "zod";
import { Conflict, Invalid } from "../../../platform/errors/errors";
import { locales } from "../../../platform/i18n/i18n";
import { isLetterCode, normaliseLetterCode } from "../../../platform/security/letter-codes";
import { rateLimitRules } from "../../../platform/security/rate-limit";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { invitationCodeHash } from "../data/protection";
import { findInvitationByHash, loadPanel } from "../data/queries";
import { claimInvitation, insertVolunteers } from "../data/repository";
import { panelIdInput } from "../domain/inputs";
import { INVITATION_CODE_LENGTH } from "../domain/panel";
import { newPseudonym } from "../domain/pseudonym";

const registrationInput = z.object({
  panelId: panelIdInput,
  code: z
    .string()
    .trim()
    .min(1, "panel.errors.codeRequired")
    .max(40, "panel.errors.codeUnknown")
    .refine((code) => isLetterCode(normaliseLetterCode(code), INVITATION_CODE_LENGTH), "panel.errors.codeFormat"),
  name: z.string().trim().min(1, "panel.errors.nameOfPersonRequired").max(200, "panel.errors.nameOfPersonRequired"),
  email: z
    .email("panel.errors.emailFormat")
    .max(254, "panel.errors.emailFormat")
    .transform((e) => e.toLowerCase()),
  locale: z.enum(locales).default("de"),
  /** Feature name → chosen value; checked against the panel's features in the use case. */
  features: z.record(z.string(), z.string()),
  consent: z.literal(true, "panel.errors.consentRequired"),
});

/**
 * An invited person joins the pool with their personal code and answers the feature questions.
 * The code works once; the volunteer gets a pseudonym under which the lottery list names them.
 */
export const registerVolunteer = defineUseCase({
  action: "panel.register",
  input: registrationInput,
  // Codes carry 60 random bits, so guessing is hopeless; the limit keeps the form from being flooded.
  rateLimit: (input) => ({ key: `panel.register:${input.panelId}`, rule: { ...rateLimitRules.write, limit: 600 } }),
  run: async ({ deps, tx, now }, input) => {
    const panel = await loadPanel(tx, input.panelId);
    if (panel.status !== "registration") throw new Conflict("panel.errors.registrationClosed");
    const issues: Array<{ path: string; message: string }> = [];
    const answers: Record<string, string> = {};
    for (const feature of panel.features) {
      const given = (input.features[feature.name] ?? "").trim().toLowerCase();
      const value = feature.values.find((v) => v.name.toLowerCase() === given);
      if (value) answers[feature.name] = value.name;
      else issues.push({ path: `feature.${feature.name}`, message: "panel.errors.featureRequired" });
    }
    if (issues.length > 0) throw new Invalid("errors.invalidInput", issues);
    const invitation = await findInvitationByHash(tx, invitationCodeHash(input.code));
    if (!invitation || invitation.panelId !== panel.id) {
      throw new Invalid("errors.invalidInput", [{ path: "code", message: "panel.errors.codeUnknown" }]);
    }
    if (!(await claimInvitation(tx, invitation.id, now))) throw new Conflict("panel.errors.codeUsed");
    const pseudonym = newPseudonym(deps.random);
    await insertVolunteers(tx, [
      {
        panelId: panel.id,
        pseudonym,
        features: answers,
        name: input.name,
        email: input.email,
        locale: input.locale,
        registeredAt: now,
      },
    ]);
    return {
      result: { pseudonym },
      // The audit names the pseudonym, never the person.
      audit: {
        action: "panel.register",
        objectType: "panel",
        objectId: panel.id,
        after: { pseudonym, features: answers },
      },
    };
  },
});
