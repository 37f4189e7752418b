import { randomBytes } from "node:crypto";
import { type Child, Fragment, jsx } from "hono/jsx";

/**
 * A reader's own parts of a page kept for everyone with the same rights (their support button,
 * the links of their own comments, a form's one-time key). The kept page draws each part as it is
 * for a reader who has done nothing there yet, between two markers; every answer puts in this
 * reader's own version of the part where they have one (`ownParts` of `cachedPage`) and keeps the
 * shared version elsewhere. So the page is made once for all readers with the same rights, and
 * nothing of one reader is kept for another.
 */

/** Random per process, so no content can contain a marker by chance. */
const tag = randomBytes(9).toString("hex");
const startPrefix = `gmown${tag}_`;

/** The marker that ends every part. */
export const OWN_PART_END = `gmownend${tag}`;

/** What the page cache looks for: the start of a named part, or the end of one. */
export const OWN_PART_MARKERS = `${startPrefix}[a-z0-9-]+_|${OWN_PART_END}`;

const partName = /^[a-z0-9-]+$/;

function startOf(name: string): string {
  if (!partName.test(name)) throw new Error(`a part's name is lower-case letters, digits and dashes: ${name}`);
  return `${startPrefix}${name}_`;
}

/** The part a start marker opens, or undefined for any other text. */
export function ownPartNamed(marker: string): string | undefined {
  return marker.startsWith(startPrefix) ? marker.slice(startPrefix.length, -1) : undefined;
}

/** A part inside an attribute (a form's one-time key): the shared text between the markers. */
export function ownPartText(name: string, shared = ""): string {
  return `${startOf(name)}${shared}${OWN_PART_END}`;
}

/**
 * Marks `children` as the reader's own part `name` when the page is `shared` (made once for every
 * reader with these rights); a page made for one reader draws them plainly.
 */
export function OwnPart(props: { name: string; shared: boolean; children?: Child }) {
  if (!props.shared) return <>{props.children}</>;
  return (
    <>
      {startOf(props.name)}
      {props.children}
      {OWN_PART_END}
    </>
  );
}

/** The reader's own versions of parts, as HTML (text is escaped like any other content). */
export async function renderedParts(parts: Record<string, Child>): Promise<Map<string, string>> {
  const rendered = new Map<string, string>();
  // Inside a fragment, so a part given as text is escaped.
  for (const [name, part] of Object.entries(parts))
    rendered.set(name, String(await jsx(Fragment, {}, part).toString()));
  return rendered;
}
