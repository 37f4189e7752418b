import type { Hono } from "hono";
import { CommentThread, loadCommentThread } from "../../../src/modules/comments";
import {
  canGiveFeedback,
  HoneypotField,
  OfficialFeedback,
  officialFeedbackFor,
  ReportLink,
} from "../../../src/modules/moderation";
import type { AppEnv } from "../../../src/platform/http/env";
import { type ResourceKind, registerResourceKinds } from "../../../src/platform/resources/resources";
import { Layout } from "../../../src/ui/layout";
import { pageContext } from "../../../src/ui/page-context";

/**
 * A tiny commentable, followable, reportable kind for the tests of comments and moderation, so they
 * depend on no other module: ideas kept in memory with a comment count and a hidden reason.
 */
export interface TestIdea {
  title: string;
  authorId: string | null;
  open: boolean;
  comments: number;
  hidden: string | null;
}

export const testIdeas = new Map<string, TestIdea>();

export const testIdeaKind: ResourceKind = {
  type: "test_idea",
  commentable: true,
  followable: true,
  reportable: true,
  async summary(_db, id) {
    const idea = testIdeas.get(id);
    if (!idea) return null;
    return {
      title: idea.title,
      href: `/test-ideas/${id}`,
      authorIds: idea.authorId ? [idea.authorId] : [],
      acceptsComments: idea.open && idea.hidden === null,
    };
  },
  async commentsChanged(_tx, id, delta) {
    const idea = testIdeas.get(id);
    if (idea) idea.comments += delta;
  },
  async hide(_tx, id, reason) {
    const idea = testIdeas.get(id);
    if (idea) idea.hidden = reason;
  },
};

registerResourceKinds([testIdeaKind]);

/** The idea's page as a module would draw it: official feedback, the report link and the comments. Mount before the first request. */
export function mountTestIdeaPage(app: Hono<AppEnv>): void {
  app.get("/test-ideas/:id", async (c) => {
    const page = pageContext(c);
    const resource = { type: "test_idea", id: c.req.param("id") };
    const idea = testIdeas.get(resource.id);
    if (!idea) return c.notFound();
    const { actor } = c.get("state");
    const thread = await loadCommentThread(c.get("deps"), resource, actor, page.locale);
    const feedback = await officialFeedbackFor(c.get("deps").database.db, resource);
    return c.html(
      <Layout page={page} title={idea.title}>
        <h1>{idea.title}</h1>
        {idea.hidden !== null && <p>{idea.hidden}</p>}
        <ReportLink page={page} resource={resource} title={idea.title} />
        <OfficialFeedback page={page} resource={resource} items={feedback} canGive={canGiveFeedback(actor)} />
        <CommentThread page={page} thread={thread} />
        <form method="post" action="/nowhere">
          <HoneypotField page={page} form="check" />
        </form>
      </Layout>,
    );
  });
}
