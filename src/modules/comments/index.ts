/**
 * What other modules may use of the comments: the thread of an object for a viewer (or drawn once
 * for every reader with the same rights, with each reader's own parts apart), and the view that
 * shows it with its forms.
 */

/** For modules that count the comments on their own objects in their own queries (a closing report's figures). */
export { comments } from "./data/schema";
export type { ThreadNode } from "./domain/thread";
export { commentsModule } from "./module";
/** For seeds and other modules' use cases: writes a comment as the given actor (the same rules as the form). */
export { createComment } from "./use-cases/create-comment";
export {
  type CommentReader,
  type CommentThreadData,
  loadCommentThread,
  loadSharedCommentThread,
  type ThreadComment,
} from "./use-cases/load-thread";
export { CommentThread, ownThreadParts } from "./views/thread";
