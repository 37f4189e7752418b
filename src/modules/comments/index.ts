export { commentsModule } from "./module";
