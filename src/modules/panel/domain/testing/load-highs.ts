/**
 * One HiGHS instance per test file: loading the WebAssembly module takes a moment, and the
 * algorithms only need an instance to create their own models in.
 */
import type { Highs } from "../solver/highs-solver";

let loading: Promise<Highs> | undefined;

export function loadHighs(): Promise<Highs> {
  loading ??= import("highs").then((module) => module.default());
  return loading;
}
