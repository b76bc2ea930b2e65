/**
 * A small workspace for the navigation tests: files on "disk" indexed by the service, one of
 * them open as a document, and helpers to find positions and apply workspace edits.
 */
import type { Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { resolveSettings } from '../../../server/src/core/settings';
import type { DocumentInput } from '../../../server/src/core/service';
import { applyEdits, strictService } from './documents';

export const settings = resolveSettings({});

export const FILES: Record<string, string> = {
  '/ws/.claude/agents/reviewer.md': ['---', 'name: reviewer', 'description: Reviews diffs before merge.', '---', '', 'You review diffs.', ''].join('\n'),
  '/ws/.claude/agents/planner.md': [
    '---',
    'name: "planner"',
    'description: Plans changes.',
    'tools: Read, Agent(reviewer, architect)',
    '---',
    '',
    'Plan the change, then delegate to the `reviewer` agent.',
    '',
  ].join('\n'),
  '/ws/.claude/agents/architect.md': [
    '---',
    'name: architect',
    'description: Designs systems.',
    'version: "1.0.0"',
    'class: strategic-planner',
    'tools:',
    '  - Read',
    '  - "Task(reviewer)"',
    '---',
    '',
    '## Three-Phase Specialist Methodology',
    '',
    'Hand off to the Reviewer agent when done.',
    '',
  ].join('\n'),
};

/** The open document: it names the others in all the ways there are. */
export const LEAD_PATH = '/ws/.claude/agents/lead.md';
export const LEAD = [
  '---',
  'name: lead',
  'description: Coordinates the team.',
  'tools: Agent(planner), Agent(Explore)',
  'disallowedTools: Agent(acme:helper)',
  'skills:',
  '  - release-notes',
  '---',
  '',
  'Delegate to the Architect agent, and use the `reviewer` agent for diffs.',
  '',
].join('\n');

export const uriOf = (path: string) => 'file://' + path;

export function workspace(files: Record<string, string> = FILES) {
  const service = strictService({ listSkills: () => [{ name: 'release-notes', uri: 'file:///ws/.claude/skills/release-notes/SKILL.md' }] });
  for (const [path, text] of Object.entries(files)) service.indexFile(uriOf(path), path, text, settings);
  return service;
}

export function doc(text = LEAD, path = LEAD_PATH, version = 1): DocumentInput {
  return { uri: uriOf(path), version, path, getText: () => text };
}

/** The position of the `nth` occurrence of `needle` in `text`, `offset` characters into it. */
export function at(text: string, needle: string, offset = 0, nth = 0): Position {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`${needle} not found`);
  }
  const before = text.slice(0, index + offset);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

/** Applies a workspace edit (either form) to the texts by URI; returns the new texts by URI and the file renames. */
export function applyWorkspaceEdit(texts: Record<string, string>, edit: WorkspaceEdit): { texts: Record<string, string>; renamed: [string, string][] } {
  const out = { ...texts };
  const renamed: [string, string][] = [];
  const apply = (uri: string, edits: TextEdit[]) => {
    if (out[uri] === undefined) throw new Error(`edit for unknown ${uri}`);
    out[uri] = applyEdits(out[uri], edits);
  };
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) apply(uri, edits);
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind !== 'rename') throw new Error(`unexpected ${change.kind}`);
      out[change.newUri] = out[change.oldUri];
      delete out[change.oldUri];
      renamed.push([change.oldUri, change.newUri]);
    } else {
      apply(change.textDocument.uri, change.edits as TextEdit[]);
    }
  }
  return { texts: out, renamed };
}

/** Every text of the workspace, the open document's included, by URI. */
export function allTexts(lead = LEAD, files: Record<string, string> = FILES): Record<string, string> {
  return { ...Object.fromEntries(Object.entries(files).map(([p, t]) => [uriOf(p), t])), [uriOf(LEAD_PATH)]: lead };
}
