/** For other modules: a measure that came from them (origin and a link back), inside their use case. */
export type { MeasureFromOriginInput } from "./domain/inputs";
export { strategyModule } from "./module";
export { createMeasureFromOrigin } from "./use-cases/create-measure-from-origin";
export { measuresWithAssessments } from "./use-cases/export-measures";
export { type ActionFieldChoice, actionFieldChoices } from "./use-cases/list-action-field-choices";
export {
  type CompassValueChoice,
  catalogueChoices,
  compassValueChoices,
  keptCatalogueChoices,
} from "./use-cases/list-compass-values";
/** For modules that attach their own things to a measure (monitoring): who it is, its goals, its team's scope. */
export {
  type DemoMeasurePlan,
  demoMeasurePlans,
  findMeasureReference,
  findMeasureReferencesByCodes,
  findMeasureReferencesByIds,
  type MeasureReference,
  measureScope,
} from "./use-cases/measure-references";
