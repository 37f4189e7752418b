import { z } from "zod";
import { Invalid } from "../../../platform/errors/errors";
import { defineUseCase, type UseCaseContext } from "../../../platform/use-case/use-case";
import { notify } from "../../notifications";
import { markReportPublished, saveReportContent } from "../data/report";
import { participantAccounts } from "../data/report-figures";
import { checkReport, mayPublishReport, readReportFields } from "../domain/report";
import { PROCESS_TYPE, type StoredProcess } from "../domain/stored-process";
import { processOrNotFound } from "./process-access";

/** The closing report's public page. */
export const reportPath = (slug: string) => `/participation/${slug}/report`;

/** The form as sent (its fields are read by domain/report.ts), with the process and whether to publish. */
const reportInput = z.looseObject({
  slug: z.string().max(100),
  publish: z.boolean(),
});

/**
 * Tells the process's followers and everyone who took part (commented, supported a comment,
 * answered the survey with an account, registered for one of its events) that the report is out,
 * each once, in the app and by mail as each of them chose.
 */
async function tellParticipants(ctx: UseCaseContext, process: StoredProcess): Promise<number> {
  const accounts = await participantAccounts(ctx.tx, process.id);
  await notify(ctx, {
    resource: { type: PROCESS_TYPE, id: process.id },
    messageKey: "participation.notification.reportPublished",
    params: { title: process.title.de, titleEn: process.title.en },
    href: reportPath(process.slug),
    followers: true,
    accounts,
    exceptAccountId: ctx.actor.kind === "user" ? ctx.actor.id : null,
  });
  return accounts.length;
}

/**
 * The office saves the closing report, and publishes it once the process has reached its
 * closing-report phase or ended. A published report stays complete when changed (introduction
 * and at least one point); only its first publication tells the participants.
 */
export const saveReport = defineUseCase({
  action: "participation.manage",
  input: reportInput,
  run: async (ctx, input) => {
    const process = await processOrNotFound(ctx.tx, input.slug);
    const published = process.reportPublishedAt !== null;
    const checked = checkReport(readReportFields(input), { publishing: input.publish || published });
    if (!checked.ok) throw new Invalid("errors.invalidInput", checked.issues);
    if (input.publish && !published && !mayPublishReport(process.phases, ctx.now))
      throw new Invalid("errors.invalidInput", [{ path: "form", message: "participation.errors.reportTooEarly" }]);
    await saveReportContent(ctx.tx, process.id, checked.report, ctx.now);
    const first = input.publish && (await markReportPublished(ctx.tx, process.id, ctx.now));
    const told = first ? await tellParticipants(ctx, process) : 0;
    return {
      result: { slug: process.slug, published: published || first, first },
      audit: {
        action: first ? "participation.report.publish" : "participation.report.save",
        objectType: PROCESS_TYPE,
        objectId: process.id,
        after: {
          title: process.title.de,
          points: checked.report.points.length,
          notTakenUp: checked.report.points.filter((point) => point.outcome === "not-taken-up").length,
          ...(first ? { participantsTold: told } : {}),
        },
      },
    };
  },
});
