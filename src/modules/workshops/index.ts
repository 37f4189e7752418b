export { workshopsModule } from "./module";
