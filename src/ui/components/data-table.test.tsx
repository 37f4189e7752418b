import { describe, expect, it } from "vitest";
import { DataTable } from "./data-table";

describe("data table", () => {
  it("gives every cell its column's heading, so rows can stack on phones", () => {
    const rows = [1, 2].map((n) => (
      <tr>
        <th scope="row">Zeile {n}</th>
        <td>Wert {n}</td>
        <td colspan={1}>
          <a href="/x">Zur Maßnahme</a>
        </td>
      </tr>
    ));
    const html = DataTable({ columns: ["Name", "Wert", <span>Aktion</span>], children: rows }).toString();
    expect(html).toContain('class="kern-table stack-table"');
    expect(html).toContain('<td data-label="Wert">Wert 1</td>');
    expect(html).toContain('<td data-label="Wert">Wert 2</td>');
    expect(html).toContain('data-label="Aktion"');
    expect(html).not.toContain('<th scope="row" data-label');
  });

  it("keeps the grid when asked to, without labels", () => {
    const html = DataTable({
      columns: ["A"],
      stack: false,
      children: (
        <tr>
          <td>1</td>
        </tr>
      ),
    }).toString();
    expect(html).not.toContain("stack-table");
    expect(html).not.toContain("data-label");
  });
});
