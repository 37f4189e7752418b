import type { Catalogues } from "../i18n/i18n";

/** The message key under which the audit log finds an action's name. */
export function auditActionKey(action: string): string {
  return `audit.action.${action}`;
}

/** Turns a module's labels by action code into messages the translator knows. */
export function auditLabelMessages(labels: Catalogues): Catalogues {
  const prefix = (catalogue: Record<string, string>) =>
    Object.fromEntries(Object.entries(catalogue).map(([action, text]) => [auditActionKey(action), text]));
  return { de: prefix(labels.de), en: prefix(labels.en) };
}
