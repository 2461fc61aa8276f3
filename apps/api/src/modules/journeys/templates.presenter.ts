// Shapes journey templates for the API, with the span from the first step to the last.
import type { JourneyTemplate } from '@tutti/contracts';
import type { TemplateRow } from './templates.repository';

export function presentTemplate(row: TemplateRow): JourneyTemplate {
  const { template, steps } = row;
  return {
    id: template.id,
    name: template.name,
    description: template.description,
    archived: template.archivedAt !== null,
    steps,
    spanDays: steps.slice(1).reduce((days, step) => days + step.spacingDays, 0),
    journeyCount: row.journeyCount,
    updatedAt: template.updatedAt.toISOString(),
  };
}
