import { Form, SubmitButton } from "../../../ui/components/form";
import type { PageContext } from "../../../ui/page-context";
import type { ResourceRef } from "../domain/resource-ref";

export interface FollowButtonProps {
  page: PageContext;
  resource: ResourceRef;
  /** Whether the signed-in account follows the resource now. */
  following: boolean;
  /** The local path to come back to after the button was pressed (usually the object's page). */
  returnTo: string;
  /** How many follow it, shown beside the button when given. */
  followers?: number;
  /**
   * The object's name, read out with the button ("Stop following: Benches in the park") where
   * several buttons share a page, so each says what it is for.
   */
  title?: string;
}

/**
 * "Follow" / "Stop following" for any followable object: a small form, so it works without
 * JavaScript. Guests see a link to sign in that brings them back here.
 */
export function FollowButton(props: FollowButtonProps) {
  const { t, user } = props.page;
  const count =
    props.followers === undefined ? null : (
      <p class="hint follow-count">
        {props.followers === 1
          ? t("notifications.follow.countOne")
          : t("notifications.follow.count", { count: props.followers })}
      </p>
    );
  if (!user) {
    return (
      <div class="follow">
        <a class="button button-secondary" href={`/login?next=${encodeURIComponent(props.returnTo)}`}>
          {t("notifications.follow.signIn")}
        </a>
        {count}
      </div>
    );
  }
  return (
    <div class="follow">
      <Form
        page={props.page}
        action={props.following ? "/notifications/unfollow" : "/notifications/follow"}
        class="inline-form"
      >
        <input type="hidden" name="resourceType" value={props.resource.type} />
        <input type="hidden" name="resourceId" value={props.resource.id} />
        <input type="hidden" name="returnTo" value={props.returnTo} />
        <SubmitButton variant="secondary">
          {t(props.following ? "notifications.follow.stop" : "notifications.follow.start")}
          {props.title && <span class="visually-hidden">: {props.title}</span>}
        </SubmitButton>
      </Form>
      {props.following && !props.title && <p class="hint">{t("notifications.follow.following")}</p>}
      {count}
    </div>
  );
}
