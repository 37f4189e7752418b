export { strategyModule } from "./module";
/** For other modules: a measure that came from them (origin and a link back), inside their use case. */
export {
  actionFieldChoices,
  createMeasureFromOrigin,
  type MeasureFromOriginInput,
} from "./use-cases/create-measure-from-origin";
