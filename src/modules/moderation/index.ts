export { moderationModule } from "./module";
