import { z } from "zod";
import { mailModes } from "./mail-rule";
import { isLocalPath } from "./resource-ref";

/** A resource named by a form: its kind's type and id, as the follow button sends them. */
const resourceFields = {
  resourceType: z.string().trim().min(1).max(100),
  resourceId: z.string().trim().min(1).max(200),
};

/** Follow or stop following, then go back to a page of this site (never to another host). */
export const followInput = z.object({
  ...resourceFields,
  returnTo: z
    .string()
    .trim()
    .refine(isLocalPath, { message: "notifications.errors.returnTo" })
    .optional()
    .default("/notifications"),
});

export const mailSettingsInput = z.object({
  mailMode: z.enum(mailModes as ["each", "digest", "none"], { message: "notifications.errors.mailMode" }),
});

export const unsubscribeInput = z.object({ token: z.string().min(1).max(200) });
