// Projects: a territory of communes, partners with roles, funders, target publics, budget and status.
import { z } from 'zod';
import { PlaceCommuneCodeSchema } from './address';
import { IdSchema, TimestampSchema } from './common';
import { LocalDateSchema } from './local-time';

export const projectStatuses = ['draft', 'active', 'completed', 'archived'] as const;
export const ProjectStatusSchema = z.enum(projectStatuses);
export type ProjectStatus = z.infer<typeof ProjectStatusSchema>;

/** The moves a project's status may make; anything else is refused with 409. */
export const projectTransitions: Record<ProjectStatus, readonly ProjectStatus[]> = {
  draft: ['active', 'archived'],
  active: ['completed', 'draft'],
  completed: ['archived', 'active'],
  archived: ['completed'],
};

export const targetPublics = [
  'toddlers',
  'children',
  'teenagers',
  'young_adults',
  'adults',
  'seniors',
  'families',
  'people_with_disabilities',
  'priority_neighbourhoods',
  'rural_residents',
] as const;
export const TargetPublicSchema = z.enum(targetPublics);
export type TargetPublic = z.infer<typeof TargetPublicSchema>;

export const budgetLineKinds = ['expense', 'income'] as const;
export const BudgetLineKindSchema = z.enum(budgetLineKinds);

/** Amounts up to 100 million euros, in cents. */
const AmountCentsSchema = z.number().int().min(0).max(10_000_000_000);

export const ProjectCommuneSchema = z.strictObject({
  code: PlaceCommuneCodeSchema,
  name: z.string().trim().min(1).max(160),
});
export type ProjectCommune = z.infer<typeof ProjectCommuneSchema>;

export const ProjectPartnerInputSchema = z.strictObject({
  partnerId: IdSchema,
  role: z.string().trim().min(1).max(200).nullable().optional(),
});

export const ProjectFunderInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  amountCents: AmountCentsSchema.nullable().optional(),
});

export const BudgetLineInputSchema = z.strictObject({
  kind: BudgetLineKindSchema,
  label: z.string().trim().min(1).max(200),
  category: z.string().trim().min(1).max(120).nullable().optional(),
  amountCents: AmountCentsSchema,
});

function unique<T>(items: T[], key: (item: T) => string) {
  return new Set(items.map(key)).size === items.length;
}

const projectFields = {
  name: z.string().trim().min(2).max(200),
  description: z.string().trim().max(5000).nullable().optional(),
  startsOn: LocalDateSchema.nullable().optional(),
  endsOn: LocalDateSchema.nullable().optional(),
  targetPublics: z
    .array(TargetPublicSchema)
    .max(targetPublics.length)
    .refine((list) => unique(list, (p) => p), 'Each public once'),
  communes: z
    .array(ProjectCommuneSchema)
    .max(500)
    .refine((list) => unique(list, (c) => c.code), 'Each commune once'),
  partners: z
    .array(ProjectPartnerInputSchema)
    .max(200)
    .refine((list) => unique(list, (p) => p.partnerId), 'Each partner once'),
  funders: z.array(ProjectFunderInputSchema).max(100),
  budgetLines: z.array(BudgetLineInputSchema).max(500),
};

function endsAfterStart(body: { startsOn?: string | null; endsOn?: string | null }) {
  return !body.startsOn || !body.endsOn || body.startsOn <= body.endsOn;
}
const endsAfterStartIssue = { message: 'The end is before the start', path: ['endsOn'] };

export const ProjectCreateBodySchema = z
  .strictObject({
    ...projectFields,
    targetPublics: projectFields.targetPublics.default([]),
    communes: projectFields.communes.default([]),
    partners: projectFields.partners.default([]),
    funders: projectFields.funders.default([]),
    budgetLines: projectFields.budgetLines.default([]),
  })
  .refine(endsAfterStart, endsAfterStartIssue);
export type ProjectCreateBody = z.input<typeof ProjectCreateBodySchema>;

/** Lists given here replace the project's whole list (communes, partners, funders, budget). */
export const ProjectUpdateBodySchema = z
  .strictObject({
    name: projectFields.name.optional(),
    description: projectFields.description,
    startsOn: projectFields.startsOn,
    endsOn: projectFields.endsOn,
    targetPublics: projectFields.targetPublics.optional(),
    communes: projectFields.communes.optional(),
    partners: projectFields.partners.optional(),
    funders: projectFields.funders.optional(),
    budgetLines: projectFields.budgetLines.optional(),
  })
  .refine(endsAfterStart, endsAfterStartIssue);
export type ProjectUpdateBody = z.input<typeof ProjectUpdateBodySchema>;

export const ProjectStatusBodySchema = z.strictObject({ status: ProjectStatusSchema });

export const ProjectParamsSchema = z.strictObject({ orgId: IdSchema, projectId: IdSchema });

export const ProjectListQuerySchema = z.strictObject({
  status: ProjectStatusSchema.optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const BudgetTotalsSchema = z.object({
  expenseCents: z.number().int(),
  incomeCents: z.number().int(),
  /** Income minus expense: negative when the budget is not covered. */
  balanceCents: z.number().int(),
  fundersCents: z.number().int(),
});
export type BudgetTotals = z.infer<typeof BudgetTotalsSchema>;

export const ProjectSummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  status: ProjectStatusSchema,
  startsOn: LocalDateSchema.nullable(),
  endsOn: LocalDateSchema.nullable(),
  targetPublics: z.array(TargetPublicSchema),
  communes: z.array(z.object({ code: z.string(), name: z.string() })),
  journeyCount: z.number().int(),
  sessionCount: z.number().int(),
  updatedAt: TimestampSchema,
});
export type ProjectSummary = z.infer<typeof ProjectSummarySchema>;

export const ProjectSchema = ProjectSummarySchema.extend({
  description: z.string().nullable(),
  partners: z.array(
    z.object({
      partnerId: IdSchema,
      name: z.string(),
      type: z.string(),
      role: z.string().nullable(),
    }),
  ),
  funders: z.array(
    z.object({ id: IdSchema, name: z.string(), amountCents: z.number().nullable() }),
  ),
  budgetLines: z.array(
    z.object({
      id: IdSchema,
      kind: BudgetLineKindSchema,
      label: z.string(),
      category: z.string().nullable(),
      amountCents: z.number().int(),
    }),
  ),
  budgetTotals: BudgetTotalsSchema,
  allowedTransitions: z.array(ProjectStatusSchema),
  createdAt: TimestampSchema,
});
export type Project = z.infer<typeof ProjectSchema>;
