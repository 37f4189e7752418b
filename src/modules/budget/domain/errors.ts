/** A tally that cannot be computed for this election (for example points rules on approval ballots). */
export class TallyError extends Error {
  override readonly name = "TallyError";
}
