export { arenaModule } from "./module";
