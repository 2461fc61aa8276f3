// The dashboard's filters: a period, one project, a department.
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, SelectField, TextField } from '@/components/ui';
import type { ImpactFilterValues } from '../api/indicators';
import { useProjectChoices } from '../api/projects';

export function ImpactFilters({
  orgId,
  value,
  onChange,
}: {
  orgId: string;
  value: ImpactFilterValues;
  onChange: (next: ImpactFilterValues) => void;
}) {
  const { t } = useTranslation('impact');
  const projects = useProjectChoices(orgId).data?.items ?? [];
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onChange({
      from: String(data.get('from') ?? ''),
      to: String(data.get('to') ?? ''),
      project: String(data.get('project') ?? ''),
      department: String(data.get('department') ?? '').trim(),
    });
  };
  return (
    <form className="impact-filters" onSubmit={submit} aria-label={t('filters.legend')}>
      <TextField label={t('filters.from')} name="from" type="date" defaultValue={value.from} />
      <TextField label={t('filters.to')} name="to" type="date" defaultValue={value.to} />
      <SelectField
        label={t('filters.project')}
        name="project"
        defaultValue={value.project}
        options={[
          { value: '', label: t('filters.allProjects') },
          ...projects.map((p) => ({ value: p.id, label: p.name })),
        ]}
      />
      <TextField
        label={t('filters.department')}
        name="department"
        hint={t('filters.departmentHint')}
        defaultValue={value.department}
        inputMode="text"
        maxLength={3}
      />
      <Button type="submit" variant="secondary">
        {t('filters.apply')}
      </Button>
    </form>
  );
}
