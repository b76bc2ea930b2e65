import type { Rule } from '../rule';
import { classModelMismatch } from './class-model-mismatch';
import { descriptionStyle } from './description-style';
import { duplicateKey } from './duplicate-key';
import { emptyHooks } from './empty-hooks';
import { frontmatterMissing } from './frontmatter-missing';
import { invalidValue } from './invalid-value';
import { nameFileMismatch } from './name-file-mismatch';
import { nameFormat } from './name-format';
import { requiredField } from './required-field';
import { unknownField } from './unknown-field';
import { unknownTool } from './unknown-tool';
import { versionFormat } from './version-format';
import { yamlSyntax } from './yaml-syntax';

/** The frontmatter rules, in reporting order: loading blockers first, then values, then style. */
export const frontmatterRules: Rule[] = [
  frontmatterMissing,
  yamlSyntax,
  duplicateKey,
  requiredField,
  nameFormat,
  nameFileMismatch,
  unknownField,
  invalidValue,
  unknownTool,
  emptyHooks,
  versionFormat,
  descriptionStyle,
  classModelMismatch,
];
