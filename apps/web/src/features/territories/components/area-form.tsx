// Chooses the area (department, EPCI, region or a list of communes) and the end of the period.
import type { AccessReport, AreaKind } from '@tutti/contracts';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, SelectField, TextField } from '@/components/ui';
import type { AreaParams } from '../api/access-report';
import { useDepartments, useEpcis, useRegions } from '../api/territory-lists';
import { CommunePicker } from './commune-picker';

type Listed = { id: string; name: string };

type Props = {
  /** The area on screen: the form starts from it. */
  shown: AccessReport['area'];
  asOf: string;
  onShow: (params: AreaParams) => void;
};

export function AreaForm({ shown, asOf, onShow }: Props) {
  const { t } = useTranslation('territories');
  const [kind, setKind] = useState<AreaKind>(shown?.kind ?? 'department');
  const [department, setDepartment] = useState(
    shown?.kind === 'department' ? (shown.code ?? '') : '',
  );
  const [region, setRegion] = useState(shown?.kind === 'region' ? (shown.code ?? '') : '');
  const [epciDepartment, setEpciDepartment] = useState('');
  const [epci, setEpci] = useState(shown?.kind === 'epci' ? (shown.code ?? '') : '');
  const [communes, setCommunes] = useState<Listed[]>([]);
  const [end, setEnd] = useState(asOf);
  const departments = useDepartments();
  const regions = useRegions();
  const epcis = useEpcis(kind === 'epci' ? epciDepartment : '');

  // The first report chooses the organisation's own department: the form follows it once.
  useEffect(() => {
    if (shown?.kind === 'department' && shown.code && !department) setDepartment(shown.code);
  }, [shown, department]);
  useEffect(() => setEnd((current) => current || asOf), [asOf]);

  const choose = t('area.choose');
  const sorted = <T extends { code: string; name: string }>(items: readonly T[] | undefined) =>
    [...(items ?? [])].sort((a, b) => a.code.localeCompare(b.code, 'fr', { numeric: true }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const params: AreaParams = {};
    if (kind === 'department' && department) params.department = department;
    if (kind === 'region' && region) params.region = region;
    if (kind === 'epci' && epci) params.epci = epci;
    if (kind === 'communes' && communes.length > 0) {
      params.communes = communes.map((c) => c.id).join(',');
    }
    if (end) params.asOf = end;
    onShow(params);
  };

  return (
    <form className="area-form" onSubmit={submit}>
      <SelectField
        name="kind"
        label={t('area.kind')}
        value={kind}
        onChange={(event) => setKind(event.target.value as AreaKind)}
        options={(['department', 'epci', 'region', 'communes'] as const).map((value) => ({
          value,
          label: t(`area.kinds.${value}`),
        }))}
      />
      {kind === 'department' || kind === 'epci' ? (
        <SelectField
          name="department"
          label={kind === 'epci' ? t('area.departmentFilter') : t('area.department')}
          value={kind === 'epci' ? epciDepartment : department}
          onChange={(event) =>
            kind === 'epci'
              ? setEpciDepartment(event.target.value)
              : setDepartment(event.target.value)
          }
          options={[
            { value: '', label: choose },
            ...sorted(departments.data?.items).map((d) => ({
              value: d.code,
              label: `${d.code} · ${d.name}`,
            })),
          ]}
        />
      ) : null}
      {kind === 'epci' ? (
        <SelectField
          name="epci"
          label={t('area.epci')}
          value={epci}
          disabled={!epciDepartment}
          onChange={(event) => setEpci(event.target.value)}
          options={[
            { value: '', label: choose },
            ...(epcis.data?.items ?? []).map((e) => ({ value: e.code, label: e.name })),
          ]}
        />
      ) : null}
      {kind === 'region' ? (
        <SelectField
          name="region"
          label={t('area.region')}
          value={region}
          onChange={(event) => setRegion(event.target.value)}
          options={[
            { value: '', label: choose },
            ...sorted(regions.data?.items).map((r) => ({ value: r.code, label: r.name })),
          ]}
        />
      ) : null}
      {kind === 'communes' ? (
        <fieldset className="area-form__list">
          <legend>{t('area.listLegend')}</legend>
          {communes.length === 0 ? <p className="field__hint">{t('area.listEmpty')}</p> : null}
          <ul className="area-form__chosen">
            {communes.map((c) => (
              <li key={c.id}>
                {c.name} ({c.id}){' '}
                <Button
                  variant="ghost"
                  size="small"
                  aria-label={t('area.remove', { name: c.name })}
                  onClick={() => setCommunes((list) => list.filter((x) => x.id !== c.id))}
                >
                  ×
                </Button>
              </li>
            ))}
          </ul>
          <CommunePicker
            keepEmpty
            label={t('area.add')}
            onChoose={(commune) => {
              if (commune && !communes.some((c) => c.id === commune.id)) {
                setCommunes((list) => [...list, { id: commune.id, name: commune.name }]);
              }
            }}
          />
        </fieldset>
      ) : null}
      <TextField
        name="asOf"
        type="date"
        label={t('area.asOf')}
        hint={t('area.asOfHint')}
        value={end}
        onChange={(event) => setEnd(event.target.value)}
      />
      <div>
        <Button type="submit">{t('area.show')}</Button>
      </div>
    </form>
  );
}
