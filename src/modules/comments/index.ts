/**
 * What other modules may use of the comments: the thread of an object for a viewer, and the view that
 * shows it with its forms.
 */

export type { ThreadNode } from "./domain/thread";
export { commentsModule } from "./module";
/** For seeds and other modules' use cases: writes a comment as the given actor (the same rules as the form). */
export { createComment } from "./use-cases/create-comment";
export { type CommentThreadData, loadCommentThread, type ThreadComment } from "./use-cases/load-thread";
export { CommentThread } from "./views/thread";
