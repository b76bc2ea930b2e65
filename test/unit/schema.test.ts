/** The frontmatter schema as data: complete, documented, and extended by the user's extras. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getProfileSchema } from '../../server/src/core/schema/index';
import { CAMI_FIELD_KEYS, CLAUDE_CODE_FIELD_KEYS, THREE_PHASE_FIELD_KEYS, FIELD_KEY_SYNONYMS } from '../../server/src/core/schema/field-keys';
import { CAMI_COLORS, CAMI_COLOR_NEAREST, CLAUDE_CODE_COLORS } from '../../server/src/core/schema/data/colors';
import { SPECIALIST_CLASSES } from '../../server/src/core/schema/data/classes';
import { CLAUDE_CODE_TOOLS, LEGACY_TOOLS, TOOL_ALIASES } from '../../server/src/core/schema/data/tools';
import { MODEL_ALIASES, MODEL_ALIAS_DOCS } from '../../server/src/core/schema/data/models';
import { PROFILE_IDS } from '../../server/src/core/types';

const NO_EXTRAS = { extraTools: [], extraModels: [] };

describe('profile schemas', () => {
  for (const profile of PROFILE_IDS) {
    describe(profile, () => {
      const schema = getProfileSchema(profile, NO_EXTRAS);

      it('documents every field in words, with a kind and a validator', () => {
        for (const [key, spec] of schema.fields) {
          assert.equal(spec.key, key);
          assert.ok(spec.description.length > 40, `${key} needs a real description`);
          assert.ok(spec.kind, `${key} has no kind`);
          assert.equal(typeof spec.validator.safeParse, 'function', `${key} has no validator`);
        }
      });

      it('documents each value of every enum and boolean field', () => {
        for (const spec of schema.fields.values()) {
          if (spec.kind !== 'enum' && spec.kind !== 'boolean') continue;
          assert.ok(spec.values && spec.values.length > 0, `${spec.key} has no values`);
          for (const value of spec.values ?? []) {
            assert.ok(spec.valueDocs?.[value], `${spec.key}: value ${value} has no documentation`);
          }
        }
      });

      it('lists exactly the exported field keys, name and description first', () => {
        const expected = profile === 'three-phase' ? THREE_PHASE_FIELD_KEYS : CLAUDE_CODE_FIELD_KEYS;
        assert.deepEqual([...schema.fields.keys()].sort(), [...expected].sort());
        assert.equal([...schema.fields.keys()][0], 'name');
      });

      it('requires name and description as errors', () => {
        assert.equal(schema.fields.get('name')?.required, 'error');
        assert.equal(schema.fields.get('description')?.required, 'error');
      });

      it('accepts model aliases, known ids and any claude- id, and nothing else', () => {
        for (const model of ['sonnet', 'opus', 'haiku', 'fable', 'inherit', 'claude-opus-4-5', 'claude-sonnet-4-20250514', 'claude-someday-9']) {
          assert.ok(schema.isKnownModel(model), model);
          assert.equal(schema.fields.get('model')?.validator.safeParse(model).success, true, model);
        }
        for (const model of ['gpt-4o', 'Sonnet', 'claude-', '']) assert.ok(!schema.isKnownModel(model), model);
      });

      it('validates value types', () => {
        const valid = (key: string, value: unknown) => schema.fields.get(key)?.validator.safeParse(value).success;
        assert.equal(valid('maxTurns', 5), true);
        assert.equal(valid('maxTurns', 0), false);
        assert.equal(valid('maxTurns', '5'), false);
        assert.equal(valid('background', true), true);
        assert.equal(valid('background', 'yes'), false);
        assert.equal(valid('tools', 'Read, Grep'), true);
        assert.equal(valid('tools', ['Read', 'Grep']), true);
        assert.equal(valid('tools', 3), false);
        assert.equal(valid('hooks', { PreToolUse: [] }), true);
        assert.equal(valid('hooks', []), false);
        assert.equal(valid('permissionMode', 'acceptEdits'), true);
        assert.equal(valid('permissionMode', 'acceptedits'), false);
        assert.equal(valid('color', 'cyan'), true);
        assert.equal(valid('color', 'teal'), profile === 'three-phase');
      });

      it('knows the current tools and maps old names to current ones', () => {
        assert.ok(schema.tools.has('Agent'));
        assert.ok(!schema.tools.has('Task'));
        assert.equal(schema.renamedTools.get('Task'), 'Agent');
        assert.equal(schema.renamedTools.get('MultiEdit'), 'Edit');
      });
    });
  }

  it('adds the CAMI fields, classes and colours only in three-phase', () => {
    const plain = getProfileSchema('claude-code', NO_EXTRAS);
    const cami = getProfileSchema('three-phase', NO_EXTRAS);
    for (const key of CAMI_FIELD_KEYS) {
      assert.ok(!plain.fields.has(key), key);
      assert.ok(cami.fields.has(key), key);
    }
    assert.equal(cami.fields.get('version')?.required, 'warning');
    assert.equal(cami.fields.get('class')?.required, 'information');
    assert.equal(cami.fields.get('specialty')?.required, 'information');
    assert.deepEqual(plain.extraColors, []);
    assert.deepEqual(plain.classes, []);
    assert.ok(cami.extraColors.includes('violet'));
    assert.deepEqual([...cami.classes].sort(), ['methodology-specialist', 'strategic-planner', 'technology-implementer', 'workflow-specialist']);
    assert.deepEqual(cami.classModel, {
      'workflow-specialist': 'haiku',
      'technology-implementer': 'sonnet',
      'strategic-planner': 'opus',
      'methodology-specialist': 'sonnet',
    });
    assert.equal(cami.fields.get('version')?.validator.safeParse('1.1.0').success, true);
    assert.equal(cami.fields.get('version')?.validator.safeParse(1.1).success, false);
  });

  it('documents each class with its suggested model, and its phase weights where CAMI gives them', () => {
    const docs = getProfileSchema('three-phase', NO_EXTRAS).fields.get('class')?.valueDocs ?? {};
    assert.match(docs['strategic-planner'], /45% \/ 30% \/ 25%/);
    assert.match(docs['workflow-specialist'], /`haiku`/);
    for (const c of SPECIALIST_CLASSES) if (c.phaseWeights) assert.equal(c.phaseWeights.reduce((a, b) => a + b, 0), 100, c.id);
  });

  it('extends tools and models with the user\'s extras', () => {
    const schema = getProfileSchema('claude-code', { extraTools: ['DeployPreview', 'LS'], extraModels: ['local-llama'] });
    assert.ok(schema.tools.has('DeployPreview'));
    assert.ok(schema.isKnownModel('local-llama'));
    assert.ok(schema.models.includes('local-llama'));
    // A legacy name the user declares as a tool of theirs is no longer renamed.
    assert.ok(!schema.renamedTools.has('LS'));
    const plain = getProfileSchema('claude-code', NO_EXTRAS);
    assert.ok(!plain.tools.has('DeployPreview'));
    assert.ok(!plain.isKnownModel('local-llama'));
  });

  it('returns the same frozen schema for the same profile and extras', () => {
    const a = getProfileSchema('three-phase', { extraTools: ['B', 'A'], extraModels: [] });
    const b = getProfileSchema('three-phase', { extraTools: ['A', 'B', ' A '], extraModels: [] });
    assert.equal(a, b);
    assert.ok(Object.isFrozen(a));
    assert.notEqual(a, getProfileSchema('claude-code', { extraTools: ['A', 'B'], extraModels: [] }));
  });

  it('survives malformed extras', () => {
    const schema = getProfileSchema('claude-code', { extraTools: [42, null, ''] as unknown as string[], extraModels: undefined as unknown as string[] });
    assert.ok(schema.tools.has('Read'));
  });
});

describe('reference data', () => {
  it('points every renamed or legacy tool at a current tool', () => {
    for (const [old, current] of Object.entries({ ...TOOL_ALIASES, ...LEGACY_TOOLS })) {
      assert.ok(CLAUDE_CODE_TOOLS.includes(current), `${old} → ${current}`);
      assert.ok(!CLAUDE_CODE_TOOLS.includes(old), old);
    }
  });

  it('has no duplicate tool names', () => {
    assert.equal(new Set(CLAUDE_CODE_TOOLS).size, CLAUDE_CODE_TOOLS.length);
  });

  it('has Claude Code\'s eight colours and a nearest one for each CAMI colour', () => {
    assert.equal(CLAUDE_CODE_COLORS.length, 8);
    for (const c of CAMI_COLORS) {
      assert.ok(!CLAUDE_CODE_COLORS.includes(c), c);
      assert.ok(CLAUDE_CODE_COLORS.includes(CAMI_COLOR_NEAREST[c]), c);
    }
  });

  it('documents every model alias', () => {
    for (const alias of MODEL_ALIASES) assert.ok(MODEL_ALIAS_DOCS[alias], alias);
  });

  it('maps every key synonym to a known field', () => {
    for (const [synonym, key] of Object.entries(FIELD_KEY_SYNONYMS)) {
      assert.ok(THREE_PHASE_FIELD_KEYS.includes(key), `${synonym} → ${key}`);
      assert.ok(!THREE_PHASE_FIELD_KEYS.includes(synonym), synonym);
    }
  });
});
