/**
 * The frontmatter JSON Schema: generated from the profile schema (every field, its docs, its
 * values), it accepts and rejects the same values as the validators behind `invalid-value`
 * (checked with a small draft-07 subset validator below), and `agentsmith schema` prints it.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { getProfileSchema } from '../../../server/src/core/schema/index';
import { frontmatterJsonSchema, type JsonSchema } from '../../../server/src/core/schema/json-schema';
import { PROFILE_IDS, type ProfileId } from '../../../server/src/core/types';
import { copyFixture, PROJECT, runCli, VERSION } from './support';

/** The draft-07 keywords the generated schema uses; enough to validate a frontmatter value. */
function valid(schema: JsonSchema, value: unknown): boolean {
  const type = schema.type as string | undefined;
  if (type === 'string' && typeof value !== 'string') return false;
  if (type === 'boolean' && typeof value !== 'boolean') return false;
  if (type === 'integer' && !Number.isInteger(value)) return false;
  if (type === 'array' && !Array.isArray(value)) return false;
  if (type === 'object' && (typeof value !== 'object' || value === null || Array.isArray(value))) return false;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return false;
  if (typeof schema.pattern === 'string' && (typeof value !== 'string' || !new RegExp(schema.pattern, 'u').test(value))) return false;
  if (typeof schema.minLength === 'number' && typeof value === 'string' && value.length < schema.minLength) return false;
  if (typeof schema.exclusiveMinimum === 'number' && typeof value === 'number' && value <= schema.exclusiveMinimum) return false;
  if (Array.isArray(schema.anyOf) && !(schema.anyOf as JsonSchema[]).some((branch) => valid(branch, value))) return false;
  if (schema.items && Array.isArray(value) && !value.every((item) => valid(schema.items as JsonSchema, item))) return false;
  if (Array.isArray(schema.required) && (typeof value !== 'object' || value === null || !schema.required.every((key) => key in value))) return false;
  if (schema.properties && typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      const property = (schema.properties as Record<string, JsonSchema>)[key];
      if (property && !valid(property, child)) return false;
    }
  }
  return true;
}

/** What the core's field validator (the one behind `invalid-value`) says about a value. */
function coreAccepts(profile: ProfileId, key: string, value: unknown): boolean {
  return getProfileSchema(profile).fields.get(key)!.validator.safeParse(value).success;
}

const SAMPLES: [string, unknown][] = [
  ['name', 'code-reviewer'],
  ['name', ''],
  ['name', 42],
  ['description', 'Use this agent when…'],
  ['description', ['a', 'list']],
  ['model', 'sonnet'],
  ['model', 'sonet'],
  ['model', 'claude-opus-9-9'],
  ['model', 'claude-'],
  ['model', 3],
  ['tools', 'Read, Grep'],
  ['tools', ['Read', 'mcp__github__create_issue']],
  ['tools', [1, 2]],
  ['tools', { Read: true }],
  ['maxTurns', 3],
  ['maxTurns', 0],
  ['maxTurns', 2.5],
  ['maxTurns', '3'],
  ['background', true],
  ['background', 'yes'],
  ['permissionMode', 'acceptEdits'],
  ['permissionMode', 'acceptedits'],
  ['color', 'cyan'],
  ['color', 'teal'],
  ['hooks', { PreToolUse: [] }],
  ['hooks', []],
  ['mcpServers', ['github', { local: { command: 'x' } }]],
  ['mcpServers', 5],
  ['skills', 'one, two'],
  ['skills', ['one']],
  ['version', '1.2.0'],
  ['version', 1.2],
  ['version', '1.2'],
  ['class', 'technology-implementer'],
  ['class', 'wizard'],
  ['tags', ['api']],
  ['tags', 'api'],
  ['skill_aware', false],
];

describe('frontmatter JSON Schema', () => {
  for (const profile of PROFILE_IDS) {
    describe(profile, () => {
      const json = frontmatterJsonSchema(profile, undefined, '9.9.9');
      const schema = getProfileSchema(profile);
      const properties = json.properties as Record<string, JsonSchema>;

      it('is a draft-07 object schema with every field of the profile, documented', () => {
        assert.equal(json.$schema, 'http://json-schema.org/draft-07/schema#');
        assert.equal(json.type, 'object');
        assert.equal(json.additionalProperties, true, 'Claude Code ignores unknown keys');
        assert.deepEqual(Object.keys(properties), [...schema.fields.keys()]);
        for (const [key, spec] of schema.fields) {
          assert.ok(String(properties[key].description).startsWith(spec.description), key);
          assert.equal(properties[key].markdownDescription, properties[key].description);
        }
        assert.match(String(json.description), /agentsmith 9\.9\.9/);
      });

      it('requires what Claude Code needs to load the agent: name and description', () => {
        assert.deepEqual(json.required, ['name', 'description']);
      });

      it('lists the values of every enumerated field, with their docs', () => {
        for (const spec of schema.fields.values()) {
          if (spec.kind !== 'enum' || spec.key === 'model') continue;
          assert.deepEqual(properties[spec.key].enum, spec.values, spec.key);
          assert.deepEqual(properties[spec.key].enumDescriptions, spec.values!.map((v) => spec.valueDocs![v]), spec.key);
        }
      });

      it('accepts and rejects the same values as the core validators', () => {
        for (const [key, value] of SAMPLES) {
          if (!schema.fields.has(key)) continue;
          const base = { name: 'x', description: 'y' };
          assert.equal(valid(json, { ...base, [key]: value }), coreAccepts(profile, key, value), `${key}: ${JSON.stringify(value)}`);
        }
        assert.equal(valid(json, { description: 'y' }), false, 'name is required');
        assert.equal(valid(json, { name: 'x', description: 'y', 'x-note': 1 }), true, 'unknown keys pass');
      });
    });
  }

  it('includes the extra tools and models of the settings', () => {
    const json = frontmatterJsonSchema('claude-code', { extraTools: ['Deploy'], extraModels: ['house-model'] });
    const properties = json.properties as Record<string, JsonSchema>;
    assert.equal(valid(properties.model, 'house-model'), true);
    assert.ok(JSON.stringify(properties.tools).includes('"Deploy"'));
  });

  it('three-phase accepts the CAMI colours, claude-code does not', () => {
    assert.equal(valid(frontmatterJsonSchema('three-phase'), { name: 'x', description: 'y', color: 'teal' }), true);
    assert.equal(valid(frontmatterJsonSchema('claude-code'), { name: 'x', description: 'y', color: 'teal' }), false);
  });
});

describe('agentsmith schema', () => {
  it('prints the claude-code schema by default, three-phase on request', () => {
    const plain = runCli(['schema', '--no-config'], PROJECT);
    assert.equal(plain.status, 0, plain.stderr);
    assert.deepEqual(JSON.parse(plain.stdout), frontmatterJsonSchema('claude-code', undefined, VERSION));
    const cami = runCli(['schema', '--profile', 'three-phase'], PROJECT);
    assert.deepEqual(JSON.parse(cami.stdout), frontmatterJsonSchema('three-phase', undefined, VERSION));
  });

  it('takes the profile and extra models from the project config', () => {
    const project = copyFixture(PROJECT);
    writeFileSync(join(project, '.agentsmith.json'), '{ "profile": "three-phase", "extraModels": ["house-model"] }\n');
    const run = runCli(['schema'], project);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), frontmatterJsonSchema('three-phase', { extraTools: [], extraModels: ['house-model'] }, VERSION));
  });
});
