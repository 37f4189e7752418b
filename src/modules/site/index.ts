export { loadOperatorTheme } from "./data/operator-theme";
export { siteModule } from "./module";
