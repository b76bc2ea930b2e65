import { MODEL_ALIASES } from '../../schema/data/models';
import type { Rule } from '../rule';
import { firstField, textValue } from './support/fields';

export const classModelMismatch: Rule = {
  id: 'class-model-mismatch',
  description: 'The model matches the one the specialist class suggests (workflow → haiku, technology and methodology → sonnet, strategic → opus).',
  defaultSeverity: 'hint',
  profiles: ['three-phase'],
  reads: 'frontmatter',
  fields: ['class', 'model'],
  check({ doc, schema, report }) {
    const classField = firstField(doc, 'class');
    const modelField = firstField(doc, 'model');
    const specialistClass = textValue(classField)?.trim();
    const model = textValue(modelField)?.trim();
    if (!classField || !modelField || !specialistClass || !model) return;
    const suggested = schema.classModel[specialistClass];
    // Only aliases compare cleanly; `inherit` and pinned ids are deliberate choices.
    if (!suggested || model === 'inherit' || !MODEL_ALIASES.includes(model) || model === suggested) return;
    report({
      range: modelField.valueRange,
      message: `CAMI suggests \`${suggested}\` for a \`${specialistClass}\`, not \`${model}\`; switch the model or keep it if the choice is deliberate.`,
      related: [{ range: classField.valueRange, message: `The class \`${specialistClass}\`` }],
      fixes: [{ title: `Change the model to \`${suggested}\``, edits: [{ range: modelField.valueRange, newText: suggested }], isPreferred: true }],
    });
  },
};
