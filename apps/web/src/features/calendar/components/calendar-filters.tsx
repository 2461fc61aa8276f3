// Narrows the calendar to one project, venue or artist (the choices the viewer may read).
import type { Role } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui';
import { useLookup } from '../api/lookups';
import type { CalendarFilters as Filters } from '../api/sessions';

type Props = {
  orgId: string;
  role: Role;
  filters: Filters;
  onChange: (filters: Filters) => void;
};

const kinds = [
  { key: 'projectId', source: 'projects', label: 'filters.project' },
  { key: 'venueId', source: 'venues', label: 'filters.venue' },
  { key: 'artistId', source: 'artists', label: 'filters.artist' },
] as const;

export function CalendarFilters({ orgId, role, filters, onChange }: Props) {
  const { t } = useTranslation('calendar');
  const lookups = {
    projects: useLookup(orgId, 'projects', role),
    venues: useLookup(orgId, 'venues', role),
    artists: useLookup(orgId, 'artists', role),
  };
  return (
    <div className="calendar-filters">
      {kinds.map(({ key, source, label }) => {
        const options = lookups[source].data;
        if (!options) return null;
        return (
          <SelectField
            key={key}
            name={key}
            label={t(label)}
            value={filters[key] ?? ''}
            onChange={(event) => onChange({ ...filters, [key]: event.target.value || undefined })}
            options={[
              { value: '', label: t('filters.all') },
              ...options.map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
        );
      })}
    </div>
  );
}
