/**
 * The server side of the authoring commands and of highlighting: semantic tokens, and the
 * custom requests behind "New Agent" and "Bump version" (their names and shapes live in
 * `protocol/messages.ts`). Every answer comes from the core; this file only checks parameters
 * and picks the document.
 */
import { type Connection, ErrorCodes, ResponseError, type SemanticTokens } from 'vscode-languageserver/node';
import { isBumpLevel } from './core/features/bump-version';
import { checkAgentName, newAgentChoices, newAgentSnippet } from './core/features/new-agent';
import type { AgentsmithLanguageService, DocumentInput } from './core/service';
import type { AgentsmithSettings } from './core/settings';
import { isAgentKind } from './core/snippets/index';
import {
  BUMP_VERSION_METHOD,
  type BumpVersionParams,
  type BumpVersionResult,
  NEW_AGENT_CHOICES_METHOD,
  NEW_AGENT_CONTENT_METHOD,
  type NewAgentChoices,
  type NewAgentContentParams,
  type NewAgentContentResult,
  type AgentNameCheck,
  VALIDATE_AGENT_NAME_METHOD,
  type ValidateAgentNameParams,
} from './protocol/messages';
import { type Logger, runSafe } from './run-safe';

export interface AuthoringDependencies {
  log: Logger;
  service: AgentsmithLanguageService;
  /** The document and its settings when it is an agent file; undefined otherwise. */
  agentContext(uri: string): Promise<{ input: DocumentInput; settings: AgentsmithSettings } | undefined>;
}

/** A model value that is safe as a plain YAML scalar: an alias or an id such as `claude-opus-4-5`. */
const MODEL_VALUE = /^[A-Za-z0-9][A-Za-z0-9._\-[\]]*$/;

function invalidParams(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

export function registerAuthoringRequests(connection: Connection, { log, service, agentContext }: AuthoringDependencies): void {
  connection.languages.semanticTokens.on((params, token) =>
    runSafe<SemanticTokens>(log, 'textDocument/semanticTokens/full', token, { data: [] }, async () => {
      const context = await agentContext(params.textDocument.uri);
      return { data: context ? service.semanticTokens(context.input, context.settings) : [] };
    }),
  );

  connection.onRequest(VALIDATE_AGENT_NAME_METHOD, (params: ValidateAgentNameParams, token) =>
    runSafe<AgentNameCheck>(log, VALIDATE_AGENT_NAME_METHOD, token, {}, () => {
      if (typeof params?.name !== 'string') throw invalidParams('`name` must be a string.');
      return checkAgentName(params.name);
    }),
  );

  connection.onRequest(NEW_AGENT_CHOICES_METHOD, (_params: unknown, token) =>
    runSafe<NewAgentChoices>(log, NEW_AGENT_CHOICES_METHOD, token, { kinds: [], models: [] }, () => newAgentChoices()),
  );

  connection.onRequest(NEW_AGENT_CONTENT_METHOD, (params: NewAgentContentParams, token) =>
    runSafe<NewAgentContentResult, void>(log, NEW_AGENT_CONTENT_METHOD, token, { snippet: '' }, () => {
      if (!isAgentKind(params?.kind)) throw invalidParams(`Unknown kind of agent: ${String(params?.kind)}.`);
      if (typeof params.name !== 'string' || checkAgentName(params.name).severity === 'error') {
        throw invalidParams(checkAgentName(String(params.name ?? '')).message ?? 'Invalid name.');
      }
      if (typeof params.model !== 'string' || !MODEL_VALUE.test(params.model.trim())) throw invalidParams(`Not a model name: ${String(params.model)}.`);
      return { snippet: newAgentSnippet(params.kind, params.name, params.model) };
    }),
  );

  connection.onRequest(BUMP_VERSION_METHOD, (params: BumpVersionParams, token) =>
    runSafe<BumpVersionResult>(log, BUMP_VERSION_METHOD, token, { message: 'Agentsmith could not bump the version; see its output channel.' }, async () => {
      if (!isBumpLevel(params?.level)) throw invalidParams(`\`level\` must be patch, minor or major, not ${String(params?.level)}.`);
      const uri = params.textDocument?.uri;
      if (typeof uri !== 'string') throw invalidParams('`textDocument.uri` must be a string.');
      const context = await agentContext(uri);
      if (!context) return { message: 'This is not an agent file that Agentsmith checks.' };
      if (context.input.version !== params.textDocument.version) return { message: 'The document changed while the version was being bumped; run the command again.' };
      const bump = service.bumpVersion(context.input, params.level);
      return 'edit' in bump ? { edits: [bump.edit], from: bump.from, to: bump.to } : { message: bump.reason };
    }),
  );
}
