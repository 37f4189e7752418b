/**
 * Random small selection problems for property tests: k ≤ 6, n ≤ 14, 1–3 features of 2–3
 * values, quotas from loose to impossible (a maximum of 0 shuts a value out), and sometimes
 * households. Small enough that every panel can be enumerated.
 */
import fc from "fast-check";
import type { Feature, FeatureValue, SelectionProblem } from "../../../src/modules/panel/domain/problem";

/** Quotas of one value among `s`: mostly satisfiable on their own, some tight, some closing it. */
const quota = (k: number, s: number): fc.Arbitrary<{ min: number; max: number }> =>
  fc.oneof(
    {
      weight: 12,
      arbitrary: fc
        .tuple(fc.nat(1), fc.integer({ min: Math.ceil(k / s), max: k }))
        .map(([min, max]) => ({ min: Math.min(min, max), max })),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.nat(2), fc.nat(2))
        .map(([lo, width]) => ({ min: Math.min(lo, k), max: Math.min(k, lo + width) })),
    },
    { weight: 1, arbitrary: fc.constant({ min: 0, max: 0 }) },
    { weight: 1, arbitrary: fc.nat(k).map((min) => ({ min, max: k })) },
  );

export function arbitraryProblem(): fc.Arbitrary<SelectionProblem> {
  return fc
    .record({
      k: fc.integer({ min: 1, max: 6 }),
      extra: fc.nat(8),
      sizes: fc.array(fc.integer({ min: 2, max: 3 }), { minLength: 1, maxLength: 3 }),
      households: fc.boolean(),
    })
    .chain(({ k, extra, sizes, households }) => {
      const n = Math.min(14, k + extra);
      return fc.record({
        k: fc.constant(k),
        sizes: fc.constant(sizes),
        quotas: fc.tuple(...sizes.map((s) => fc.array(quota(k, s), { minLength: s, maxLength: s }))),
        values: fc.array(fc.tuple(...sizes.map((s) => fc.nat(s - 1))), { minLength: n, maxLength: n }),
        homes: households
          ? fc.array(fc.option(fc.nat(Math.max(1, n - 2)), { nil: undefined }), { minLength: n, maxLength: n })
          : fc.constant(undefined),
      });
    })
    .map(({ k, sizes, quotas, values, homes }) => {
      const features: Feature[] = sizes.map((size, f) => ({
        name: `f${f}`,
        values: Array.from(
          { length: size },
          (_, v): FeatureValue => ({ name: `v${v}`, ...(quotas[f]?.[v] ?? { min: 0, max: k }) }),
        ),
      }));
      const volunteers = values.map((row, i) => {
        const home = homes?.[i];
        return home === undefined ? { id: `p${i}`, values: row } : { id: `p${i}`, values: row, household: `h${home}` };
      });
      return { features, volunteers, k, households: homes !== undefined };
    });
}

/** The problem with the suggested changes applied to its quota bounds. */
export function withChangedQuotas(
  problem: SelectionProblem,
  changes: readonly { feature: string; value: string; bound: "min" | "max"; to: number }[],
): SelectionProblem {
  return {
    ...problem,
    features: problem.features.map((feature) => ({
      ...feature,
      values: feature.values.map((value) => {
        let changed: FeatureValue = value;
        for (const c of changes) {
          if (c.feature === feature.name && c.value === value.name) changed = { ...changed, [c.bound]: c.to };
        }
        return changed;
      }),
    })),
  };
}
