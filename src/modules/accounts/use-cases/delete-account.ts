import { z } from "zod";
import { Invalid } from "../../../platform/errors/errors";
import { defaultLocale, translator } from "../../../platform/i18n/i18n";
import { actingUserId } from "../../../platform/identity/acting-user";
import { currentPasswordField } from "../../../platform/identity/fields";
import { verifyPassword } from "../../../platform/identity/passwords";
import { personalDataHooks } from "../../../platform/personal-data/hook";
import { rateLimitRules } from "../../../platform/security/rate-limit";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { countAdministrators, eraseAccount, findUserById, globalRolesOf } from "../data/users";

/**
 * Deletes the account by anonymising it: address, name, password, profile answers, sessions, tokens,
 * roles and the mails about it are gone; the row stays so contributions remain, attributed to
 * "deleted account". Every module's personal-data hook erases its part in the same transaction, so
 * the account is never left half deleted. The password confirms the wish.
 */
export const deleteAccount = defineUseCase({
  action: "account.delete",
  input: z.object({ password: currentPasswordField }),
  rateLimit: (_input, actor) => {
    const id = actor.kind === "user" ? actor.id : "guest";
    return [
      { key: `write:${id}`, rule: rateLimitRules.write },
      { key: `account-delete:${id}`, rule: rateLimitRules.login },
    ];
  },
  run: async ({ deps, tx, now, actor, afterCommit }, input) => {
    const user = await findUserById(tx, actingUserId(actor));
    if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.password))) {
      throw new Invalid("errors.invalidInput", [{ path: "password", message: "auth.password.wrong" }]);
    }
    if ((await globalRolesOf(tx, user.id)).includes("administrator") && (await countAdministrators(tx)) <= 1) {
      throw new Invalid("auth.delete.lastAdministrator", [{ path: "form", message: "auth.delete.lastAdministrator" }]);
    }
    await eraseAccount(tx, user.id, now);
    // Text a hook stores in place of a name is read by everyone, so it is in the default language.
    const context = { deps, now, t: translator(defaultLocale), afterCommit };
    for (const [, hook] of personalDataHooks()) await hook.erase(tx, user.id, context);
    return { result: undefined, audit: { action: "account.delete", objectType: "user", objectId: user.id } };
  },
});
