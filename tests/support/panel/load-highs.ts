/**
 * One HiGHS instance per test file: loading the WebAssembly module takes a moment, and the
 * algorithms only need an instance to create their own models in.
 */
import { type Highs, loadHighs as loadFreshHighs } from "../../../src/modules/panel/domain/solver/highs-solver";

let loading: Promise<Highs> | undefined;

export function loadHighs(): Promise<Highs> {
  loading ??= loadFreshHighs();
  return loading;
}
