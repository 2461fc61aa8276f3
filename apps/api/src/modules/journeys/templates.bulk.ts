// What other modules call inside their own transaction (the caller checks access): a template
// read to be shared, and a template written as a copy (the network library's "copy to my
// organisation").
import type { Executor } from '@tutti/db';
import * as templates from './templates.repository';

/** One template of the transaction's organisation with its steps in order, or null. */
export async function readTemplateForCopy(tx: Executor, templateId: string) {
  const row = await templates.findTemplate(tx, templateId);
  if (!row) return null;
  return {
    name: row.template.name,
    description: row.template.description,
    steps: row.steps.map(({ kind, title, durationMin, spacingDays }) => ({
      kind,
      title,
      durationMin,
      spacingDays,
    })),
  };
}

/** A new template of the organisation with these steps; returns its id. */
export async function insertTemplateCopy(
  tx: Executor,
  values: {
    orgId: string;
    name: string;
    description: string | null;
    steps: templates.StepValues[];
  },
) {
  const { steps, ...template } = values;
  const row = await templates.insertTemplate(tx, template);
  if (steps.length > 0) await templates.replaceSteps(tx, values.orgId, row.id, steps);
  return row.id;
}
