export { participationModule } from "./module";
