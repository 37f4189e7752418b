import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { Conflict, NotFound } from "../../../platform/errors/errors";
import { districtKeys } from "../../../platform/reference-data";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { createMeasureFromOrigin } from "../../strategy";
import { budgetHeadings, budgetProjects, budgets } from "../data/schema";
import { phaseOf, resultsPublished } from "./ballot-rules";
import { euros, uuidField } from "./inputs";
import { budgetResults } from "./results";

const emptyAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const measureInput = z.object({
  budgetId: uuidField,
  projectId: uuidField,
  title: z
    .string()
    .trim()
    .min(5, { error: "budget.errors.proposalTitle" })
    .max(160, { error: "budget.errors.proposalTitle" }),
  description: z.string().trim().max(5000, { error: "budget.errors.proposalDescription" }),
  district: z.preprocess(emptyAsUndefined, z.enum(districtKeys, { error: "budget.errors.district" }).optional()),
  cost: euros("budget.errors.cost"),
  actionFields: z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string().max(100)).min(1, { error: "budget.measure.actionFieldsRequired" }).max(20),
  ),
});
export type MeasureInput = z.input<typeof measureInput>;

/** Where the measure links back to: the project's row in the published results. */
export function projectResultsPath(slug: string, projectId: string): string {
  return `/budgets/${slug}/results#project-${projectId}`;
}

/**
 * Turns a funded project into a measure of the strategy catalogue (origin `budget`), once per
 * project. The measure and the project's link to it are written in one transaction, so a second
 * click, a retry or two people at once cannot make two measures.
 */
export const turnProjectIntoMeasure = defineUseCase({
  action: "budget.manage",
  input: measureInput,
  run: async (ctx, input) => {
    const { tx } = ctx;
    const [budget] = await tx.select().from(budgets).where(eq(budgets.id, input.budgetId));
    if (!budget) throw new NotFound("budget.errors.notFound");
    if (!resultsPublished(phaseOf(budget, ctx.now))) throw new Conflict("budget.measure.notYet");
    const [project] = await tx
      .select()
      .from(budgetProjects)
      .where(and(eq(budgetProjects.budgetId, budget.id), eq(budgetProjects.id, input.projectId)))
      .for("update");
    if (!project) throw new NotFound("budget.errors.projectNotFound");
    if (project.measureSlug) throw new Conflict("budget.measure.already");
    const results = await budgetResults(tx, budget);
    const funded = results
      .find((r) => r.heading.id === project.headingId)
      ?.projects.some((p) => p.project.id === project.id && p.explanation?.funded === true);
    if (!funded) throw new Conflict("budget.measure.notFunded");
    const [heading] = await tx.select().from(budgetHeadings).where(eq(budgetHeadings.id, project.headingId));

    const { slug } = await createMeasureFromOrigin(ctx, {
      origin: "budget",
      originRef: projectResultsPath(budget.slug, project.id),
      title: input.title,
      description: input.description,
      // A district's project is carried out locally; a theme for everyone is one central measure.
      type: input.district ? "decentral" : "central",
      districts: input.district ? [input.district] : [],
      resource: { amountEur: input.cost, source: heading ? `${budget.title} – ${heading.name}` : budget.title },
      actionFields: input.actionFields,
    });
    await tx.update(budgetProjects).set({ measureSlug: slug }).where(eq(budgetProjects.id, project.id));
    return {
      result: { slug },
      audit: {
        action: "budget.project.measure",
        objectType: "budget_project",
        objectId: project.id,
        after: { measure: slug },
      },
    };
  },
});
