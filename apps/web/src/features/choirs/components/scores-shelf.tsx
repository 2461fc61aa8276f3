// The shelf: per piece (latest season first), the copies of its edition owned, out and left;
// admins and coordinators correct the count owned (never below the copies out).
import type { ChoirScoreShelf } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, ScrollTable } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useSetScoreCopies } from '../api/scores';

type Piece = ChoirScoreShelf['pieces'][number];

function OwnedCell({ choirId, piece }: { choirId: string; piece: Piece }) {
  const { t } = useTranslation('choirs');
  const { orgId } = useCurrentOrg();
  const errorText = useErrorText();
  const save = useSetScoreCopies(orgId, choirId);
  const [value, setValue] = useState(String(piece.copiesOwned));
  const inputId = `owned-${piece.pieceId}`;
  return (
    <form
      className="scores-owned"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ pieceId: piece.pieceId, body: { copiesOwned: Number(value) } });
      }}
    >
      <label htmlFor={inputId} className="visually-hidden">
        {t('scores.ownedOf', { title: piece.title })}
      </label>
      <input
        id={inputId}
        className="field__control scores-owned__input"
        type="number"
        min={piece.copiesOut}
        max={2000}
        value={value}
        aria-invalid={save.isError || undefined}
        aria-describedby={save.isError ? `${inputId}-error` : undefined}
        onChange={(event) => setValue(event.target.value)}
      />
      <Button
        type="submit"
        size="small"
        variant="secondary"
        pending={save.isPending}
        disabled={value === String(piece.copiesOwned)}
      >
        {t('scores.save')}
        <span className="visually-hidden"> {piece.title}</span>
      </Button>
      {save.isError ? (
        <span id={`${inputId}-error`} className="field__error">
          {errorText(save.error)}
        </span>
      ) : null}
    </form>
  );
}

export function ScoresShelf({ choirId, shelf }: { choirId: string; shelf: ChoirScoreShelf }) {
  const { t } = useTranslation('choirs');
  // Section leaders see only the editions the choir has copies of; conductors set every count.
  const pieces = shelf.canSetCopies
    ? shelf.pieces
    : shelf.pieces.filter((piece) => piece.copiesOwned > 0 || piece.copiesOut > 0);
  const seasons = new Set(shelf.pieces.map((piece) => piece.seasonName)).size;
  return (
    <Card title={t('scores.shelf')}>
      <p className="field__hint">
        {shelf.canSetCopies ? t('scores.shelfHint') : t('scores.shelfHintLeader')}
      </p>
      <ScrollTable label={t('scores.shelf')}>
        <table className="data-table scores-shelf">
          <thead>
            <tr>
              <th scope="col">{t('scores.piece')}</th>
              <th scope="col">{t('scores.owned')}</th>
              <th scope="col">{t('scores.lent')}</th>
              <th scope="col">{t('scores.onShelf')}</th>
            </tr>
          </thead>
          <tbody>
            {pieces.map((piece) => (
              <tr key={piece.pieceId}>
                <th scope="row">
                  {piece.title}
                  <span className="scores-shelf__edition">
                    {[piece.edition, seasons > 1 ? piece.seasonName : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </th>
                <td>
                  {shelf.canSetCopies ? (
                    <OwnedCell choirId={choirId} piece={piece} />
                  ) : (
                    piece.copiesOwned
                  )}
                </td>
                <td>{piece.copiesOut}</td>
                <td>{piece.onShelf}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </Card>
  );
}
