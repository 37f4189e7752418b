import { eq } from "drizzle-orm";
import { z } from "zod";
import { locales } from "../i18n/i18n";
import { defineUseCase } from "../use-case/use-case";
import { users } from "./schema";

/** Remembers the language a signed-in person chose, so every device shows it. */
export const setPreferredLanguage = defineUseCase({
  action: "account.updateOwn",
  input: z.object({ userId: z.uuid(), locale: z.enum(locales) }),
  rateLimit: () => null,
  run: async ({ tx, now }, input) => {
    const [before] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, input.userId));
    await tx.update(users).set({ locale: input.locale, updatedAt: now }).where(eq(users.id, input.userId));
    return {
      result: undefined,
      audit: {
        action: "account.language.set",
        objectType: "user",
        objectId: input.userId,
        before: { locale: before?.locale },
        after: { locale: input.locale },
      },
    };
  },
});
