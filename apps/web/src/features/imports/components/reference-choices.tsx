// The values a file names that Tutti does not know (groups, partners, communes written
// differently): for each, create it, map it to an existing one (the alike ones first), or refuse
// its lines. Each choice is saved at once and applies to every line with that value.
import {
  groupKinds,
  type ImportBatch,
  type ImportChoice,
  type ImportReference,
  partnerTypes,
} from '@tutti/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@/components/ui';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useGroupOptions, usePartnerOptions } from '@/lib/lookups';
import { useChooseImport } from '../api/imports';

/** A select's value: '' undecided, 'create', 'refuse', or 'map:<target id>'. */
function selectValue(reference: ImportReference) {
  const { choice } = reference;
  if (!choice) return '';
  return choice.action === 'map' ? `map:${choice.targetId}` : choice.action;
}

function choiceOf(value: string, kind: string | undefined, reference: ImportReference) {
  if (value === '') return null;
  if (value === 'refuse') return { action: 'refuse' } as const;
  if (value.startsWith('map:')) return { action: 'map', targetId: value.slice(4) } as const;
  const chosen = kind ?? reference.proposedKind ?? 'other';
  return reference.kind === 'group'
    ? ({ action: 'create', groupKind: chosen } as ImportChoice)
    : ({ action: 'create', partnerType: chosen } as ImportChoice);
}

type Option = { id: string; name: string };

function ReferenceRow({
  reference,
  existing,
  pending,
  onChoose,
}: {
  reference: ImportReference;
  existing: readonly Option[];
  pending: boolean;
  onChoose: (choice: ImportChoice | null) => void;
}) {
  const { t } = useTranslation(['imports', 'groups', 'partners']);
  const id = useId();
  const value = selectValue(reference);
  const suggested = new Set(reference.suggestions.map((s) => s.id));
  const others = existing.filter((option) => !suggested.has(option.id));
  const createdKind = reference.choice?.action === 'create' ? reference.choice.kind : null;
  const kinds =
    reference.kind === 'group'
      ? groupKinds.map((kind) => ({ value: kind, label: t(`groups:kinds.${kind}`) }))
      : partnerTypes.map((type) => ({ value: type, label: t(`partners:types.${type}`) }));
  return (
    <li className="import-reference">
      <p className="import-reference__name">
        <strong>
          {t('references.named', {
            kind: t(`references.kind.${reference.kind}`),
            value: reference.value,
          })}
        </strong>{' '}
        <span className="muted">
          {t('references.lines', { count: reference.lines, first: reference.firstLine })}
        </span>
      </p>
      {reference.problem === 'ambiguous' ? (
        <p className="muted">{t('references.ambiguous')}</p>
      ) : null}
      <div className="import-reference__controls">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-action`}>
            {t('references.action')}
          </label>
          <select
            id={`${id}-action`}
            className="field__control"
            value={value}
            aria-busy={pending || undefined}
            onChange={(event) => onChoose(choiceOf(event.target.value, undefined, reference))}
          >
            <option value="">{t('references.undecided')}</option>
            {reference.canCreate && reference.kind !== 'commune' ? (
              <option value="create">{t(`references.create.${reference.kind}`)}</option>
            ) : null}
            {reference.suggestions.length > 0 ? (
              <optgroup label={`${t('references.mapTo')} ${t('references.suggested')}`}>
                {reference.suggestions.map((s) => (
                  <option key={s.id} value={`map:${s.id}`}>
                    {t('references.similar', {
                      label: s.detail ? `${s.label} ${s.detail}` : s.label,
                      percent: Math.round(s.similarity * 100),
                    })}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {others.length > 0 ? (
              <optgroup label={`${t('references.mapTo')} ${t('references.others')}`}>
                {others.map((option) => (
                  <option key={option.id} value={`map:${option.id}`}>
                    {option.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <option value="refuse">{t('references.refuse', { count: reference.lines })}</option>
          </select>
        </div>
        {createdKind ? (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-kind`}>
              {t(reference.kind === 'group' ? 'references.groupKind' : 'references.partnerType')}
            </label>
            <select
              id={`${id}-kind`}
              className="field__control"
              value={createdKind}
              onChange={(event) => onChoose(choiceOf('create', event.target.value, reference))}
            >
              {kinds.map((kind) => (
                <option key={kind.value} value={kind.value}>
                  {kind.label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
    </li>
  );
}

export function ReferenceChoices({ orgId, batch }: { orgId: string; batch: ImportBatch }) {
  const { t } = useTranslation('imports');
  const titleId = useId();
  const errorText = useErrorText();
  const choose = useChooseImport(orgId, batch.id);
  const needsGroups = batch.references.some((r) => r.kind === 'group');
  const needsPartners = batch.references.some((r) => r.kind === 'partner');
  const groups = useGroupOptions(orgId, { enabled: needsGroups });
  const partners = usePartnerOptions(orgId, { enabled: needsPartners });
  const existing = (reference: ImportReference): Option[] =>
    reference.kind === 'group'
      ? (groups.data ?? []).filter((group) => group.listedIndividually)
      : reference.kind === 'partner'
        ? (partners.data ?? [])
        : [];
  const undecided = batch.references.filter((r) => r.choice === null);
  const creatable = undecided.filter((r) => r.kind === 'group' && r.canCreate);
  const send = (choices: { reference: string; choice: ImportChoice | null }[]) =>
    choose.mutate({ choices });

  return (
    <section className="import-references-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('references.title')}</h3>
      <div className="stack">
        <p>{t('references.intro')}</p>
        {choose.isError ? <Alert tone="error">{errorText(choose.error)}</Alert> : null}
        {creatable.length > 1 ? (
          <div>
            <Button
              className="import-references__all"
              variant="secondary"
              icon="plus"
              pending={choose.isPending}
              onClick={() =>
                send(creatable.map((r) => ({ reference: r.id, choice: { action: 'create' } })))
              }
            >
              {t('references.createAll', { count: creatable.length })}
            </Button>
          </div>
        ) : null}
        <ul className="import-references">
          {batch.references.map((reference) => (
            <ReferenceRow
              key={reference.id}
              reference={reference}
              existing={existing(reference)}
              pending={choose.isPending}
              onChoose={(choice) => send([{ reference: reference.id, choice }])}
            />
          ))}
        </ul>
        <p className="muted" role="status">
          {choose.isPending
            ? t('references.saving')
            : undecided.length > 0
              ? t('references.undecidedLeft', { count: undecided.length })
              : t('references.allDecided')}
        </p>
      </div>
    </section>
  );
}
