/**
 * `agentsmith schema`: prints the frontmatter JSON Schema of a profile, with the project's
 * extra tools and models from its config, so other tools validate what Agentsmith validates.
 */
import { frontmatterJsonSchema } from '../core/schema/json-schema';
import type { ProfileId } from '../core/types';
import type { SchemaOptions } from './args';
import { CliSettings } from './config';
import { findProjectRoot } from './discover';
import type { CliIo } from './io';

export async function runSchema(options: SchemaOptions, io: CliIo): Promise<number> {
  const root = findProjectRoot(io.cwd);
  const config = await CliSettings.create(options, io.cwd);
  await config.prepare([io.cwd, root]);
  const report = config.report();
  for (const message of report.messages) io.stderr(`${message}\n`);
  if (report.failed) {
    io.stderr('agentsmith: fix the config file above (or run with --no-config)\n');
    return 2;
  }
  const settings = config.forFolder(io.cwd);
  const profile: ProfileId = options.profile ?? (settings.profile === 'auto' ? 'claude-code' : settings.profile);
  const schema = frontmatterJsonSchema(profile, settings, io.version);
  io.stdout(JSON.stringify(schema, null, 2) + '\n');
  return 0;
}
