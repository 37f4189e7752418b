import { describe, expect, it } from "vitest";
import { Alert, Badge, Card, DescriptionList } from "./content";
import { Notice } from "./form";

describe("content components", () => {
  it("an alert has KERN's structure, an icon hidden from screen readers and a status role unless urgent", () => {
    const html = Alert({ tone: "warning", title: "Abstimmung beendet", children: <p>Danke.</p> }).toString();
    expect(html).toContain('class="kern-alert kern-alert--warning" role="status"');
    expect(html).toContain('<span class="kern-icon kern-icon--warning" aria-hidden="true"></span>');
    expect(html).toContain('<span class="kern-title">Abstimmung beendet</span>');
    expect(html).toContain('<div class="kern-alert__body"><p>Danke.</p></div>');
    expect(Alert({ title: "Fehler", urgent: true, tone: "danger" }).toString()).toContain('role="alert"');
  });

  it("an alert without a title puts its message beside the icon, and a notice is such an alert", () => {
    const html = Alert({ tone: "success", children: "Gespeichert." }).toString();
    expect(html).toBe(
      '<div class="kern-alert kern-alert--success" role="status"><div class="kern-alert__header">' +
        '<span class="kern-icon kern-icon--success" aria-hidden="true"></span>' +
        '<div class="kern-alert__text">Gespeichert.</div></div></div>',
    );
    expect(Notice({ kind: "success", children: "Gespeichert." }).toString()).toBe(html);
    expect(Notice({ children: <a href="/x">Weiter</a> }).toString()).toContain(
      'class="kern-alert kern-alert--info" role="status"',
    );
  });

  it("a badge, a card and a description list without the empty facts", () => {
    expect(Badge({ children: "Demo", tone: "demo" }).toString()).toBe('<span class="badge badge-demo">Demo</span>');
    expect(Badge({ children: "Offen" }).toString()).toBe('<span class="badge">Offen</span>');
    const card = Card({ title: "Maßnahmen", href: "/measures", children: <p>Alle Projekte</p> }).toString();
    expect(card).toBe('<li class="card"><h3><a href="/measures">Maßnahmen</a></h3><p>Alle Projekte</p></li>');
    const list = DescriptionList({
      items: [
        { term: "Art", value: "Zentrale Maßnahme" },
        { term: "Stand", value: undefined },
        { term: "Ort", value: "" },
      ],
    })?.toString();
    expect(list).toBe('<dl class="facts"><dt>Art</dt><dd>Zentrale Maßnahme</dd></dl>');
    expect(DescriptionList({ items: [{ term: "Stand", value: null }] })).toBeNull();
  });
});
