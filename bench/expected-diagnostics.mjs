// The diagnostics the server must report for each generated agent (see DELIBERATE_DEFECTS in
// generate-agents.mjs), as rule id → count. The benchmark fails loudly when they differ: a
// fast answer with the wrong diagnostics measures nothing. Pinned from a reviewed run
// (2026-11-26: exactly one diagnostic per deliberate defect, at every size — the large files
// repeat Phase 2 content that is clean on purpose). When a rule legitimately changes, re-run
// with --print-diagnostics, review, and update here.
const ONE_PER_DEFECT = Object.freeze({
  'checklist-item-format': 1,
  'invalid-value': 1,
  'phase-tools': 1,
  'section-missing': 1,
  'unknown-field': 1,
  'unknown-tool': 1,
  'version-format': 1,
});

export const EXPECTED_DIAGNOSTICS = {
  '4k': ONE_PER_DEFECT, // 7 diagnostics
  '1m': ONE_PER_DEFECT, // 7 diagnostics
  '10m': ONE_PER_DEFECT, // 7 diagnostics
};
