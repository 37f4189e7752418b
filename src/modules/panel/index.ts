/** The citizen panel module: the manifest is all the application needs. */
export { panelModule } from "./module";
