import type { Rule } from '../rule';
import { duplicateName } from './duplicate-name';
import { unknownAgentReference } from './unknown-agent-reference';
import { unknownSkill } from './unknown-skill';
import { versionNotBumped } from './version-not-bumped';

/** Rules that read more than the document: other agent files, skills, the committed baseline. */
export const workspaceRules: Rule[] = [duplicateName, unknownSkill, unknownAgentReference, versionNotBumped];
