export { siteModule } from "./module";
