import { PbFormatError } from "./pb-format-error";

/**
 * Splits one line of a `.pb` section into its cells: `;` separates cells, a cell may be wrapped in
 * double quotes (then it may contain `;`, and `""` stands for one `"`). Unquoted cells are trimmed;
 * quoted cells keep their inner spaces. A quote inside an unquoted cell is taken literally, as the
 * pabulib files written by Python's csv module expect.
 */
export function splitCells(line: string, lineNumber: number): string[] {
  if (!line.includes('"')) {
    const cells = line.split(";");
    for (let i = 0; i < cells.length; i++) cells[i] = (cells[i] as string).trim();
    return cells;
  }
  const cells: string[] = [];
  let position = 0;
  const length = line.length;
  for (;;) {
    while (position < length && (line[position] === " " || line[position] === "\t")) position++;
    if (line[position] === '"') {
      let value = "";
      position++;
      for (;;) {
        const close = line.indexOf('"', position);
        if (close < 0) throw new PbFormatError(lineNumber, 'a quoted cell is not closed (missing ")');
        value += line.slice(position, close);
        if (line[close + 1] === '"') {
          value += '"';
          position = close + 2;
        } else {
          position = close + 1;
          break;
        }
      }
      while (position < length && (line[position] === " " || line[position] === "\t")) position++;
      if (position < length && line[position] !== ";") {
        throw new PbFormatError(
          lineNumber,
          `unexpected text after a closing quote: ${JSON.stringify(line.slice(position, position + 20))}`,
        );
      }
      cells.push(value);
    } else {
      const end = line.indexOf(";", position);
      cells.push(line.slice(position, end < 0 ? length : end).trim());
      position = end < 0 ? length : end;
    }
    if (position >= length) return cells;
    position++; // skip the ';'
    if (position >= length) {
      cells.push("");
      return cells;
    }
  }
}

/** Whether a cell must be quoted to read back unchanged. */
function needsQuotes(cell: string): boolean {
  return /[;"\r\n]/.test(cell) || cell !== cell.trim();
}

export function quoteCell(cell: string): string {
  return needsQuotes(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
