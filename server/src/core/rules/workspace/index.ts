import type { Rule } from '../rule';
import { versionNotBumped } from './version-not-bumped';

/** Rules that read more than the document: other agent files, skills, the committed baseline. */
export const workspaceRules: Rule[] = [versionNotBumped];
