import { Conflict, NotFound } from "../../../platform/errors/errors";
import { districtKeysOf } from "../../../platform/reference-data";
import { defineUseCase } from "../../../platform/use-case/use-case";
import { createMeasureFromOrigin } from "../../strategy";
import { updateProject } from "../data/projects";
import { findBudgetById, findHeading, findProject, headingVotes } from "../data/queries";
import { measureInputFor } from "../domain/inputs";
import { phaseOf, resultsPublished } from "../domain/phases";
import { budgetResults, projectResultsPath } from "../domain/results";

/**
 * Turns a funded project into a measure of the strategy catalogue (origin `budget`), once per
 * project. The measure and the project's link to it are written in one transaction, so a second
 * click, a retry or two people at once cannot make two measures.
 */
export const turnProjectIntoMeasure = defineUseCase({
  action: "budget.manage",
  input: (deps) => measureInputFor(districtKeysOf(deps.city)),
  run: async (ctx, input) => {
    const { tx } = ctx;
    const budget = await findBudgetById(tx, input.budgetId);
    if (!budget) throw new NotFound("budget.errors.notFound");
    if (!resultsPublished(phaseOf(budget, ctx.now))) throw new Conflict("budget.measure.notYet");
    const project = await findProject(tx, budget.id, input.projectId, true);
    if (!project) throw new NotFound("budget.errors.projectNotFound");
    if (project.measureSlug) throw new Conflict("budget.measure.already");
    const results = budgetResults(budget, await headingVotes(tx, budget.id));
    const funded = results
      .find((r) => r.heading.id === project.headingId)
      ?.projects.some((p) => p.project.id === project.id && p.explanation?.funded === true);
    if (!funded) throw new Conflict("budget.measure.notFunded");
    const heading = await findHeading(tx, project.headingId);

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
    await updateProject(tx, project.id, { measureSlug: slug });
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
