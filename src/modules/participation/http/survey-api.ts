import { z } from "zod";
import { defineApiRoute } from "../../../platform/api/api";
import { NotFound } from "../../../platform/errors/errors";
import { districtKeysOf, stakeholderGroupKeysOf } from "../../../platform/reference-data";
import { readFilter } from "../domain/survey-profile";
import { processSurveyForApi } from "../use-cases/survey-access";
import { surveyResultsView } from "../use-cases/survey-evaluation";

const bilingual = z.object({ de: z.string(), en: z.string() });
const choice = z.object({ id: z.string(), text: bilingual });

const surveyResults = z.object({
  process: z.object({ id: z.string(), slug: z.string() }),
  publishedAt: z.string(),
  filter: z.object({ stakeholderGroup: z.string().nullable(), district: z.string().nullable() }),
  total: z.number().int(),
  questions: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      text: bilingual,
      required: z.boolean(),
      choices: z.array(choice),
      rows: z.array(choice),
      scaleLabels: z.object({ low: bilingual, high: bilingual }).nullable(),
      showIf: z.object({ question: z.string(), choice: z.string() }).nullable(),
    }),
  ),
  results: z.array(z.record(z.string(), z.unknown())),
  texts: z.record(z.string(), z.array(z.object({ text: z.string().nullable(), hiddenReason: z.string().nullable() }))),
});

/** The survey part of the participation API. */
export const surveyApi = [
  defineApiRoute({
    method: "get",
    path: "/api/v1/processes/{id}/survey-results",
    summary:
      "A process's survey results once the office published them: counts per question and the free texts (hidden ones with the reason only); optionally for one stakeholder group or district",
    tag: "participation",
    query: z.object({ group: z.string().max(80).optional(), district: z.string().max(80).optional() }),
    response: surveyResults,
    errors: [404],
    handler: async (c, { params, query }) => {
      const deps = c.get("deps");
      const db = deps.database.db;
      const key = params.id ?? "";
      const found = await processSurveyForApi(db, key);
      const publishedAt = found?.survey.resultsPublishedAt;
      if (!found || !publishedAt) throw new NotFound("participation.errors.noResults");
      const { process, survey, version } = found;
      const filter = readFilter(survey.profileQuestions, query, {
        stakeholderGroups: stakeholderGroupKeysOf(deps.city),
        districts: districtKeysOf(deps.city),
      });
      const view = await surveyResultsView(deps, survey, version, filter);
      return {
        process: { id: process.id, slug: process.slug },
        publishedAt: publishedAt.toISOString(),
        filter,
        total: view.total,
        questions: survey.questions,
        results: view.results as unknown as Array<Record<string, unknown>>,
        texts: Object.fromEntries(
          Object.entries(view.texts).map(([question, texts]) => [
            question,
            texts.map((text) => ({
              text: text.hiddenReason === null ? text.text : null,
              hiddenReason: text.hiddenReason,
            })),
          ]),
        ),
      };
    },
  }),
];
