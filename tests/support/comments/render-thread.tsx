import { loadCommentThread } from "../../../src/modules/comments/use-cases/load-thread";
import { CommentThread } from "../../../src/modules/comments/views/thread";
import { translator } from "../../../src/platform/i18n/i18n";
import type { PageContext } from "../../../src/ui/page-context";
import type { TestApp } from "../app";

/** The thread of a test idea drawn for a guest, framed or not, as a string. */
export async function renderToString(t: TestApp, ideaId: string, framed: boolean): Promise<string> {
  const thread = await loadCommentThread(t.deps, { type: "test_idea", id: ideaId }, { kind: "guest" }, "de");
  const page: PageContext = {
    t: translator("de"),
    locale: "de",
    user: null,
    isAdmin: false,
    csrfToken: "token",
    url: new URL("http://localhost/test-ideas/x"),
    requestId: "r",
    city: t.deps.city,
  };
  return String(await (<CommentThread page={page} thread={thread} framed={framed} />).toString());
}
