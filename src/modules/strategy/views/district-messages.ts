import type { Catalogues } from "../../../platform/i18n/i18n";

/** The district pages' texts: the map, the table per district and how measures are counted. */
export const districtMessages: Catalogues = {
  de: {
    "strategy.districts.lead":
      "Wo in {city} etwas geschieht: die Karte und die Tabelle zeigen, wie viele Maßnahmen jeden Bezirk betreffen.",
    "strategy.districts.howCounted":
      "So wird gezählt: Eine Maßnahme zählt für einen Bezirk, wenn sie dort stattfindet oder wenn ein Amt des Bezirks für sie zuständig ist (wir erkennen es am Namen des Bezirks im Namen der Stelle, zum Beispiel „Bezirksamt {district}“). Trifft beides zu, zählt sie einmal. Dazu kommen {count} Maßnahmen für die ganze Stadt; sie stehen in keiner Zeile.",
    "strategy.districts.mapTitle": "Karte der Bezirke von {city} mit der Zahl der Maßnahmen",
    "strategy.districts.mapDescription":
      "Je dunkler ein Bezirk, desto mehr Maßnahmen betreffen ihn. Jeder Bezirk führt zu seiner Seite. Dieselben Zahlen stehen in der Tabelle.",
    "strategy.districts.tableCaption": "Maßnahmen je Bezirk",
    "strategy.districts.column.district": "Bezirk",
    "strategy.districts.column.byPlace": "Findet dort statt",
    "strategy.districts.column.byOffice": "Bezirksamt zuständig",
    "strategy.districts.column.total": "Zusammen",
    "strategy.districts.areaLabel": "{district}: {count}",
    "strategy.district.mapTitle": "Lage von {district} in {city}",
    "strategy.district.mapDescription": "{district} ist auf der Karte dunkel hervorgehoben.",
    "strategy.district.counts":
      "{byPlace} Maßnahmen finden hier statt; für {byOffice} ist ein Amt des Bezirks zuständig.",
    "strategy.district.officeHeading": "Weitere Maßnahmen, für die ein Amt des Bezirks zuständig ist",
    "strategy.district.officeIntro":
      "Diese Maßnahmen nennen {district} nicht als Ort, aber ein Amt des Bezirks ist zuständig.",
  },
  en: {
    "strategy.districts.lead":
      "Where things happen in {city}: the map and the table show how many measures concern each district.",
    "strategy.districts.howCounted":
      "How we count: a measure counts for a district when it takes place there or when one of the district's offices is responsible for it (recognised by the district's name in the office's name, for example “Bezirksamt {district}”). When both apply, it counts once. In addition, {count} measures cover the whole city; they are in no row.",
    "strategy.districts.mapTitle": "Map of the districts of {city} with the number of measures",
    "strategy.districts.mapDescription":
      "The darker a district, the more measures concern it. Each district leads to its page. The table shows the same figures.",
    "strategy.districts.tableCaption": "Measures per district",
    "strategy.districts.column.district": "District",
    "strategy.districts.column.byPlace": "Takes place there",
    "strategy.districts.column.byOffice": "District office responsible",
    "strategy.districts.column.total": "Together",
    "strategy.districts.areaLabel": "{district}: {count}",
    "strategy.district.mapTitle": "Where {district} lies in {city}",
    "strategy.district.mapDescription": "{district} is highlighted in dark on the map.",
    "strategy.district.counts":
      "{byPlace} measures take place here; for {byOffice}, one of the district's offices is responsible.",
    "strategy.district.officeHeading": "More measures one of the district's offices is responsible for",
    "strategy.district.officeIntro":
      "These measures do not name {district} as their place, but one of its offices is responsible.",
  },
};
