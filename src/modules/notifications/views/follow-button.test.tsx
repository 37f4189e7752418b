import { describe, expect, it } from "vitest";
import { loadCityFile } from "../../../platform/city/city-file";
import { registerMessages, translator } from "../../../platform/i18n/i18n";
import type { PageContext } from "../../../ui/page-context";
import { FollowButton } from "./follow-button";
import { notificationsMessages } from "./messages";

registerMessages(notificationsMessages);

function page(signedIn: boolean, locale: "de" | "en" = "de"): PageContext {
  return {
    t: translator(locale),
    locale,
    user: signedIn ? { id: "u1", email: "a@example.org", displayName: "A", locale, emailVerified: true } : null,
    isAdmin: false,
    csrfToken: "token-123",
    url: new URL("/arena/12", "http://localhost"),
    requestId: "r",
    city: loadCityFile(),
  };
}

const resource = { type: "arena_entry", id: "e1" };

describe("the follow button", () => {
  it("posts the resource and the way back with the form token", () => {
    const html = String(
      <FollowButton page={page(true)} resource={resource} following={false} returnTo="/arena/12" followers={1} />,
    );
    expect(html).toContain('action="/notifications/follow"');
    expect(html).toContain('name="_csrf" value="token-123"');
    expect(html).toContain('name="resourceType" value="arena_entry"');
    expect(html).toContain('name="resourceId" value="e1"');
    expect(html).toContain('name="returnTo" value="/arena/12"');
    expect(html).toContain(">Folgen<");
    expect(html).toContain("Eine Person folgt");
  });

  it("offers to stop following, naming the object for screen readers where asked", () => {
    const html = String(
      <FollowButton
        page={page(true, "en")}
        resource={resource}
        following
        returnTo="/x"
        title="Benches"
        followers={3}
      />,
    );
    expect(html).toContain('action="/notifications/unfollow"');
    expect(html).toContain('Stop following<span class="visually-hidden">: Benches</span>');
    expect(html).toContain("3 people follow");
  });

  it("asks a guest to log in and brings them back", () => {
    const html = String(<FollowButton page={page(false)} resource={resource} following={false} returnTo="/arena/12" />);
    expect(html).toContain('href="/login?next=%2Farena%2F12"');
    expect(html).not.toContain("<form");
  });
});
