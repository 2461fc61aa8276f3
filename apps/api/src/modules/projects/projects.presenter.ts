// Shapes project rows for the API, with budget totals computed from the lines.
import { type Project, type ProjectSummary, projectTransitions } from '@tutti/contracts';
import type { findProjectLists, ProjectSummaryRow } from './projects.repository';

type Lists = Awaited<ReturnType<typeof findProjectLists>>;

export function presentProjectSummary(row: ProjectSummaryRow): ProjectSummary {
  const { project } = row;
  return {
    id: project.id,
    name: project.name,
    status: project.status,
    startsOn: project.startsOn,
    endsOn: project.endsOn,
    targetPublics: project.targetPublics,
    communes: row.communes,
    journeyCount: row.journeyCount,
    sessionCount: row.sessionCount,
    updatedAt: project.updatedAt.toISOString(),
  };
}

/** Totals in cents; the balance is income minus expense, negative when the budget is short. */
export function budgetTotals(lists: Pick<Lists, 'budgetLines' | 'funders'>) {
  const sum = (kind: 'expense' | 'income') =>
    lists.budgetLines.filter((l) => l.kind === kind).reduce((s, l) => s + l.amountCents, 0);
  const expenseCents = sum('expense');
  const incomeCents = sum('income');
  return {
    expenseCents,
    incomeCents,
    balanceCents: incomeCents - expenseCents,
    fundersCents: lists.funders.reduce((s, f) => s + (f.amountCents ?? 0), 0),
  };
}

export function presentProject(row: ProjectSummaryRow, lists: Lists): Project {
  return {
    ...presentProjectSummary(row),
    description: row.project.description,
    partners: lists.partners,
    funders: lists.funders.map((f) => ({ id: f.id, name: f.name, amountCents: f.amountCents })),
    budgetLines: lists.budgetLines.map((l) => ({
      id: l.id,
      kind: l.kind,
      label: l.label,
      category: l.category,
      amountCents: l.amountCents,
    })),
    budgetTotals: budgetTotals(lists),
    allowedTransitions: [...projectTransitions[row.project.status]],
    createdAt: row.project.createdAt.toISOString(),
  };
}
