// Funder reports: a period, projects and a template, built in the background into PDF, XLSX and CSV.
import { z } from 'zod';
import { PlaceCommuneCodeSchema } from './address';
import { IdSchema, LocaleSchema, PageQuerySchema, TimestampSchema } from './common';
import { DepartmentCodeSchema } from './communes';
import { LocalDateSchema } from './local-time';

export const reportTemplates = ['funder_summary', 'journey_review'] as const;
export const ReportTemplateSchema = z.enum(reportTemplates);
export type ReportTemplate = z.infer<typeof ReportTemplateSchema>;
export const reportStatuses = ['queued', 'running', 'done', 'failed'] as const;
export const ReportStatusSchema = z.enum(reportStatuses);
export type ReportStatus = z.infer<typeof ReportStatusSchema>;
export const reportFormats = ['pdf', 'xlsx', 'csv'] as const;
export const ReportFormatSchema = z.enum(reportFormats);
export type ReportFormat = z.infer<typeof ReportFormatSchema>;

export const ReportCreateBodySchema = z
  .strictObject({
    template: ReportTemplateSchema,
    title: z.string().trim().min(1).max(200).optional(),
    from: LocalDateSchema,
    to: LocalDateSchema,
    projectIds: z.array(IdSchema).max(50).default([]),
    communeCodes: z.array(PlaceCommuneCodeSchema).max(300).default([]),
    departmentCode: DepartmentCodeSchema.nullable().default(null),
    surveyIds: z.array(IdSchema).max(10).default([]),
    locale: LocaleSchema.optional(),
  })
  .superRefine((body, context) => {
    const days = (Date.parse(body.to) - Date.parse(body.from)) / 86_400_000;
    if (days < 0) context.addIssue({ code: 'custom', path: ['to'], message: 'Before from' });
    if (days > 3_700)
      context.addIssue({ code: 'custom', path: ['to'], message: 'At most ten years' });
    if (body.communeCodes.length > 0 && body.departmentCode) {
      context.addIssue({
        code: 'custom',
        path: ['departmentCode'],
        message: 'Choose communes or a department, not both',
      });
    }
  });
export type ReportCreateBody = z.input<typeof ReportCreateBodySchema>;

export const ReportParamsSchema = z.strictObject({ orgId: IdSchema, reportId: IdSchema });
export const ReportListQuerySchema = PageQuerySchema;
export const ReportDownloadQuerySchema = z.strictObject({
  format: ReportFormatSchema.default('pdf'),
});

const FileInfoSchema = z.object({ bytes: z.number().int(), fileName: z.string() }).nullable();

export const ReportSchema = z.object({
  id: z.string(),
  template: ReportTemplateSchema,
  title: z.string(),
  params: z.object({
    from: z.string(),
    to: z.string(),
    projectIds: z.array(z.string()),
    communeCodes: z.array(z.string()),
    departmentCode: z.string().nullable(),
    surveyIds: z.array(z.string()),
    locale: LocaleSchema,
  }),
  status: ReportStatusSchema,
  progressPercent: z.number().int().min(0).max(100),
  dataVersion: z.string().nullable(),
  factorVersion: z.string().nullable(),
  files: z.object({ pdf: FileInfoSchema, xlsx: FileInfoSchema, csv: FileInfoSchema }),
  error: z.string().nullable(),
  requestedBy: z.string().nullable(),
  createdAt: TimestampSchema,
  startedAt: TimestampSchema.nullable(),
  finishedAt: TimestampSchema.nullable(),
});
export type Report = z.infer<typeof ReportSchema>;
