// The season's repertoire: each piece with composer, edition, rights and its learning tracks.
import { useTranslation } from 'react-i18next';
import { Badge, Card, Item, ItemList, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useChoirPieces } from '../api/pieces';

export function ConductorRepertoire({ choirId, seasonId }: { choirId: string; seasonId?: string }) {
  const { t } = useTranslation('choirs');
  const { orgId } = useCurrentOrg();
  const pieces = useChoirPieces(orgId, choirId, seasonId);
  return (
    <Card title={t('conductor.repertoire.title')}>
      <QueryStatus query={pieces} />
      {pieces.data?.items.length === 0 ? <p>{t('conductor.repertoire.empty')}</p> : null}
      {pieces.data && pieces.data.items.length > 0 ? (
        <ItemList label={t('conductor.repertoire.title')}>
          {pieces.data.items.map((piece) => (
            <Item
              key={piece.id}
              title={piece.title}
              badges={
                <Badge tone={piece.rights === 'protected' ? 'primary' : 'neutral'}>
                  {t(`conductor.repertoire.rights.${piece.rights}`)}
                </Badge>
              }
              meta={[
                piece.composer,
                piece.edition,
                piece.tracks.length > 0
                  ? t('conductor.repertoire.tracks', { count: piece.tracks.length })
                  : t('conductor.repertoire.noTracks'),
              ]
                .filter(Boolean)
                .join(' · ')}
            />
          ))}
        </ItemList>
      ) : null}
    </Card>
  );
}
