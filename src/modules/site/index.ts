export { loadOperatorDetails } from "./data/operator-file";
export { loadOperatorTheme } from "./data/operator-theme";
export { siteModule } from "./module";
