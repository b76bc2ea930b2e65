/** Facts about the manifest that packaging, activation and the settings depend on. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { PROFILE_IDS, SEVERITIES } from '../../server/src/core/types';

function repositoryRoot(): string {
  let folder = __dirname;
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error('no package.json found');
    folder = parent;
  }
  return folder;
}

const root = repositoryRoot();
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
interface SettingSchema {
  default?: unknown;
  enum?: string[];
  scope?: string;
  additionalProperties?: boolean | { enum?: string[] };
  properties?: Record<string, { enum?: string[] }>;
}
const properties: Record<string, SettingSchema> = manifest.contributes.configuration.properties;

/** The severity words a rules object accepts: per listed rule id and/or for any other key. */
function ruleSeverityEnums(schema: SettingSchema | undefined): string[][] {
  const enums: string[][] = [];
  if (schema?.additionalProperties && typeof schema.additionalProperties === 'object' && schema.additionalProperties.enum) {
    enums.push(schema.additionalProperties.enum);
  }
  for (const rule of Object.values(schema?.properties ?? {})) if (rule.enum) enums.push(rule.enum);
  return enums;
}

interface Bundle {
  name: string;
  outfile: string;
  external?: string[];
  banner?: { js?: string };
}

async function bundles(): Promise<Bundle[]> {
  const module = (await import(pathToFileURL(join(root, 'esbuild.mjs')).href)) as { bundles: Bundle[] };
  return module.bundles;
}

const normalize = (path: string): string => path.replace(/^\.\//, '');
const minVersion = (range: string): number[] => (range.match(/\d+\.\d+\.\d+/)?.[0] ?? '0.0.0').split('.').map(Number);
const compareVersions = (a: number[], b: number[]): number => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;

describe('package.json', () => {
  it('points main at the client bundle, which keeps `vscode` external', async () => {
    assert.equal(manifest.main, './dist/client.js');
    const client = (await bundles()).find((bundle) => bundle.outfile === normalize(manifest.main));
    assert.ok(client, 'esbuild.mjs builds the main file');
    assert.deepEqual(client.external, ['vscode']);
  });

  it('declares the bundled server as the agentsmith-language-server bin', async () => {
    const bin = manifest.bin['agentsmith-language-server'];
    assert.equal(bin, './dist/server.js');
    const server = (await bundles()).find((bundle) => bundle.outfile === normalize(bin));
    assert.ok(server, 'esbuild.mjs builds the bin');
    assert.equal(server.banner?.js, '#!/usr/bin/env node');
  });

  it('has the bin on disk after a build, starting with its #! line', () => {
    const bin = join(root, manifest.bin['agentsmith-language-server']);
    // `npm run test:unit` and `npm test` build first, so a missing bin is a real failure.
    assert.ok(existsSync(bin), `${bin} exists after the build (run \`npm run build\`)`);
    assert.ok(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n'));
  });

  it('builds bundles of ASCII only (V8 would hold a source with one other character at two bytes a character)', async () => {
    for (const bundle of await bundles()) {
      const text = readFileSync(join(root, bundle.outfile), 'utf8');
      const other = /[^\x00-\x7f]/.exec(text);
      assert.equal(other, null, `${bundle.outfile} holds ${JSON.stringify(other?.[0])} at offset ${other?.index}`);
    }
  });

  it('activates only for Markdown and chatagent documents', () => {
    assert.deepEqual([...manifest.activationEvents].sort(), ['onLanguage:chatagent', 'onLanguage:markdown']);
  });

  it('pins @types/vscode to the minimum VS Code in engines (vsce refuses a newer one)', () => {
    const types = manifest.devDependencies['@types/vscode'];
    assert.match(types, /^\d+\.\d+\.\d+$/, '@types/vscode is pinned exactly');
    assert.equal(manifest.engines.vscode, `^${types}`);
  });

  it('asks for at least the VS Code that vscode-languageclient needs', () => {
    const client = JSON.parse(readFileSync(join(root, 'node_modules', 'vscode-languageclient', 'package.json'), 'utf8'));
    assert.ok(
      compareVersions(minVersion(manifest.engines.vscode), minVersion(client.engines.vscode)) >= 0,
      `engines.vscode ${manifest.engines.vscode} vs vscode-languageclient's ${client.engines.vscode}`,
    );
  });

  it('contributes a command for every command file, with the Agentsmith category', () => {
    const folder = join(root, 'client', 'src', 'commands');
    const ids = readdirSync(folder)
      .map((file) => /readonly id = '([^']+)'/.exec(readFileSync(join(folder, file), 'utf8'))?.[1])
      .filter((id): id is string => id !== undefined)
      .sort();
    const contributed = manifest.contributes.commands as Array<{ command: string; category: string; title: string }>;
    assert.deepEqual(contributed.map((command) => command.command).sort(), ids);
    assert.deepEqual(ids, ['agentsmith.bumpVersion', 'agentsmith.checkWorkspace', 'agentsmith.newAgent', 'agentsmith.openPreviewToSide', 'agentsmith.restartServer', 'agentsmith.showOutput']);
    for (const command of contributed) assert.equal(command.category, 'Agentsmith');
  });

  it('shows the preview button and keybinding only on agent files, without taking Markdown\'s ctrl+k v', () => {
    const id = 'agentsmith.openPreviewToSide';
    const onAgentFiles = 'resourcePath in agentsmith.agentFilePaths && !notebookEditorFocused';
    const title = (manifest.contributes.menus['editor/title'] as Array<{ command: string; when: string }>).find((item) => item.command === id);
    assert.equal(title?.when, onAgentFiles);
    const keys = (manifest.contributes.keybindings as Array<{ command: string; key: string; mac: string; when: string }>).filter((item) => item.command === id);
    assert.deepEqual(keys.map(({ key, mac, when }) => ({ key, mac, when })), [{ key: 'ctrl+k a', mac: 'cmd+k a', when: onAgentFiles }]);
    assert.ok(existsSync(join(root, 'media', 'preview.css')), 'the stylesheet the webview loads is in media/');
  });

  it('contributes exactly the settings the server reads', () => {
    assert.deepEqual(Object.keys(properties).sort(), [
      'agentsmith.extraModels',
      'agentsmith.extraTools',
      'agentsmith.files.exclude',
      'agentsmith.files.include',
      'agentsmith.profile',
      'agentsmith.profiles',
      'agentsmith.rules',
      'agentsmith.trace.server',
    ]);
  });

  it('uses the core defaults and value sets for its settings', () => {
    assert.deepEqual(properties['agentsmith.files.exclude']?.default, DEFAULT_SETTINGS.files.exclude);
    assert.deepEqual(properties['agentsmith.files.include']?.default, DEFAULT_SETTINGS.files.include);
    assert.equal(properties['agentsmith.profile']?.default, DEFAULT_SETTINGS.profile);
    assert.deepEqual(properties['agentsmith.profile']?.enum, ['auto', ...PROFILE_IDS]);
    const profileValues = properties['agentsmith.profiles']?.additionalProperties;
    assert.deepEqual(typeof profileValues === 'object' ? profileValues.enum : undefined, [...PROFILE_IDS]);
    const severityEnums = ruleSeverityEnums(properties['agentsmith.rules']);
    assert.ok(severityEnums.length > 0, 'agentsmith.rules says which values a rule takes');
    for (const values of severityEnums) assert.deepEqual([...values].sort(), ['off', ...SEVERITIES].sort());
    assert.deepEqual(properties['agentsmith.trace.server']?.enum, ['off', 'messages', 'verbose']);
  });

  it('scopes the file and profile settings per resource (the server asks per document)', () => {
    for (const key of ['agentsmith.profile', 'agentsmith.profiles', 'agentsmith.extraTools', 'agentsmith.extraModels', 'agentsmith.files.include', 'agentsmith.files.exclude']) {
      assert.equal(properties[key]?.scope, 'resource', key);
    }
  });

  it('has the scripts the README and CI use', () => {
    for (const script of ['build', 'compile', 'typecheck', 'test:unit', 'test:protocol', 'package']) {
      assert.ok(manifest.scripts[script], script);
    }
    assert.match(manifest.scripts.package, /vsce package --no-dependencies/);
  });

  it('packages only the bundles and shipped docs (.vscodeignore excludes everything else)', () => {
    const lines = readFileSync(join(root, '.vscodeignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    assert.equal(lines[0], '**', 'everything is excluded first');
    const included = lines.filter((line) => line.startsWith('!')).map((line) => line.slice(1));
    for (const needed of ['dist/client.js', 'dist/server.js', 'docs/rules/*.md', 'README.md', 'CHANGELOG.md', 'LICENSE']) {
      assert.ok(included.includes(needed), needed);
    }
    for (const path of included) assert.doesNotMatch(path, /^(test|examples|node_modules|server|client|out)\b|\.map$/);
  });
});
