// Practising one piece: the singer's part and the full mix in a player with an A–B loop and a
// tempo that keeps the pitch, a download to listen offline, and « Sans partition »: the lyrics
// in large print, in the part's colour, for singers who do not read music.
import { Link, useParams } from '@tanstack/react-router';
import type { ChoirMyPage } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, ChoiceGroup, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useMyChoirPage } from '../api/singer';
import { PracticePlayer } from './practice-player';
import { PracticeRecording } from './practice-recording';
import './singer.css';

type Piece = ChoirMyPage['pieces'][number];
const mixOrder = { part_alone: 0, part_emphasised: 1, full_mix: 2 } as const;

/** S, A, T or B: the colour of the part's lyrics; other parts (youth levels) stay neutral. */
const voiceOf = (code: string) => (/^[SATB]/.test(code) ? code[0]!.toLowerCase() : 'other');

function NoScore({ piece }: { piece: Piece }) {
  const { t } = useTranslation('choirs');
  if (!piece.lyrics) return <p>{t('practice.noLyrics')}</p>;
  return (
    <section
      className={`no-score no-score--${voiceOf(piece.myPartCode)}`}
      aria-label={t('practice.lyrics')}
    >
      <p className="no-score__part">{piece.myPartCode}</p>
      {piece.lyrics.split(/\n\s*\n/).map((stanza, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: stanzas have no identity but their place
        <p key={i} className="no-score__stanza">
          {stanza.split('\n').map((line, j) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place
            <span key={j} className="no-score__line">
              {line}
            </span>
          ))}
        </p>
      ))}
    </section>
  );
}

function Practice({ orgId, choirId, piece }: { orgId: string; choirId: string; piece: Piece }) {
  const { t } = useTranslation('choirs');
  const tracks = [...piece.tracks].sort((a, b) => mixOrder[a.mix] - mixOrder[b.mix]);
  const [trackId, setTrackId] = useState(tracks[0]?.id ?? null);
  const [noScore, setNoScore] = useState(false);
  const track = tracks.find((candidate) => candidate.id === trackId) ?? null;
  return (
    <>
      <Card title={t('practice.player')}>
        {tracks.length === 0 ? <p>{t('practice.noTrack')}</p> : null}
        {tracks.length > 1 ? (
          <ChoiceGroup
            legend={t('practice.track')}
            name="track"
            value={trackId}
            onChange={setTrackId}
            choices={tracks.map((candidate) => ({
              value: candidate.id,
              label: t(`practice.mix.${candidate.mix}`),
              tone: 'primary' as const,
            }))}
          />
        ) : null}
        {track ? (
          track.ready ? (
            <PracticePlayer key={track.id} orgId={orgId} track={track} />
          ) : (
            <p>{t('practice.processing')}</p>
          )
        ) : null}
      </Card>
      <Card title={t('practice.noScore')}>
        <p>{t('practice.noScoreHint')}</p>
        <Button variant="secondary" aria-pressed={noScore} onClick={() => setNoScore(!noScore)}>
          {t('practice.noScore')}
        </Button>
        {noScore ? <NoScore piece={piece} /> : null}
      </Card>
      <PracticeRecording orgId={orgId} choirId={choirId} pieceId={piece.id} />
    </>
  );
}

export function PracticePage() {
  const { t } = useTranslation('choirs');
  const { orgId } = useCurrentOrg();
  const { choirId = '', pieceId = '' } = useParams({ strict: false }) as {
    choirId?: string;
    pieceId?: string;
  };
  const page = useMyChoirPage(orgId, choirId);
  const piece = page.data?.pieces.find((candidate) => candidate.id === pieceId);
  return (
    <div className="singer-page">
      <p className="singer-page__back">
        <Link to={orgPath(orgId, `choirs/${choirId}/me`)}>← {t('practice.back')}</Link>
      </p>
      <PageHeader
        title={piece ? piece.title : t('practice.title')}
        description={
          piece
            ? [piece.composer, t('singer.myPart', { part: piece.myPartCode })]
                .filter(Boolean)
                .join(' · ')
            : undefined
        }
      />
      <QueryStatus query={page} />
      {page.data && !piece ? <p>{t('practice.notFound')}</p> : null}
      {piece ? <Practice orgId={orgId} choirId={choirId} piece={piece} /> : null}
    </div>
  );
}
