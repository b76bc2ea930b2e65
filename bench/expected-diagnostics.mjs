// The diagnostics the server must report for each generated agent (see DELIBERATE_DEFECTS in
// generate-agents.mjs), as rule id → count. The benchmark fails loudly when they differ: a
// fast answer with the wrong diagnostics measures nothing. Pinned from a reviewed run; when a
// rule legitimately changes, re-run with --print-diagnostics, review, and update here.
export const EXPECTED_DIAGNOSTICS = {
  '4k': null,
  '1m': null,
  '10m': null,
};
