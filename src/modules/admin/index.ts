/** What the application uses from the administration area. */
export { adminModule } from "./module";
