/**
 * A `.pb` file that cannot be read. Carries the 1-based line number where the problem was found and
 * a plain description of it; reading never returns a partly read election.
 */
export class PbFormatError extends Error {
  override readonly name = "PbFormatError";
  readonly line: number;
  readonly problem: string;

  constructor(line: number, problem: string) {
    super(`line ${line}: ${problem}`);
    this.line = line;
    this.problem = problem;
  }
}

/** An election that cannot be written as `.pb` (for example a cost without a finite decimal form). */
export class PbWriteError extends Error {
  override readonly name = "PbWriteError";
}
