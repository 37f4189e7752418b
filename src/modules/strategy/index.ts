export { strategyModule } from "./module";
