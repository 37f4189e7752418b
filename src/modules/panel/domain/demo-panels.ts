/**
 * The demo's panels. Their names and descriptions are shown from the message catalogue (in the
 * reader's language and matching the panel's stage), not from the stored German text.
 */
export const DEMO_PANEL_NAME = "Stadtgremium Digitales Berlin";
export const DEMO_OPEN_PANEL_NAME = "Bürger:innenrat zur Fortschreibung der Strategie";

const demoKeys: Record<string, string> = {
  [DEMO_PANEL_NAME]: "committee",
  [DEMO_OPEN_PANEL_NAME]: "revision",
};

/** The message key of a demo panel's texts ("committee", "revision"), or null for any other panel. */
export function demoPanelKey(panel: { name: string; demo: boolean }): string | null {
  return panel.demo ? (demoKeys[panel.name] ?? null) : null;
}
