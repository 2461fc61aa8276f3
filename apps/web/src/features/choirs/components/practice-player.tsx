// One learning track in the browser's own player, with what practising needs: an A–B loop
// (the passage between two marks repeats), a tempo from 50 to 150 % that keeps the pitch
// (HTMLMediaElement.preservesPitch), and a download of the light copy to listen offline.
import type { ChoirTrack } from '@tutti/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui';
import { mediaContentUrl } from '@/features/media';

type Loop = { a: number | null; b: number | null };

/** 83.4 s → "1:23". */
export const clock = (seconds: number) => {
  const whole = Math.floor(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
};

export function PracticePlayer({ orgId, track }: { orgId: string; track: ChoirTrack }) {
  const { t } = useTranslation('choirs');
  const audio = useRef<HTMLAudioElement>(null);
  const [tempo, setTempo] = useState(100);
  const [loop, setLoop] = useState<Loop>({ a: null, b: null });
  const src = mediaContentUrl(orgId, track.fileId, track.light ? 'light' : 'original');

  // A new source resets the rate: apply it again once the file's length is known.
  const applyTempo = () => {
    const element = audio.current;
    if (!element) return;
    element.preservesPitch = true;
    element.defaultPlaybackRate = tempo / 100;
    element.playbackRate = tempo / 100;
  };
  useEffect(applyTempo, [tempo]);

  const onTimeUpdate = () => {
    const element = audio.current;
    if (!element || loop.a === null || loop.b === null) return;
    if (element.currentTime >= loop.b || element.currentTime < loop.a - 0.25) {
      element.currentTime = loop.a;
    }
  };
  const setA = () => {
    const at = audio.current?.currentTime ?? 0;
    setLoop((current) => ({ a: at, b: current.b !== null && current.b > at ? current.b : null }));
  };
  const setB = () => {
    const element = audio.current;
    if (!element || loop.a === null || element.currentTime <= loop.a) return;
    setLoop({ a: loop.a, b: element.currentTime });
    element.currentTime = loop.a;
  };

  const loopText =
    loop.a !== null && loop.b !== null
      ? t('practice.loopState', { a: clock(loop.a), b: clock(loop.b) })
      : loop.a !== null
        ? t('practice.loopFrom', { a: clock(loop.a) })
        : t('practice.noLoop');

  return (
    <div className="practice-player">
      {/* biome-ignore lint/a11y/useMediaCaption: a singer's learning track is music without words spoken */}
      <audio
        ref={audio}
        className="practice-player__audio"
        controls
        preload="metadata"
        src={src}
        onLoadedMetadata={applyTempo}
        onTimeUpdate={onTimeUpdate}
      />
      <fieldset className="practice-player__group">
        <legend>{t('practice.loop')}</legend>
        <p className="practice-player__hint">{t('practice.loopHint')}</p>
        <div className="practice-player__buttons">
          <Button variant="secondary" onClick={setA}>
            {t('practice.setA')}
          </Button>
          <Button variant="secondary" disabled={loop.a === null} onClick={setB}>
            {t('practice.setB')}
          </Button>
          <Button
            variant="ghost"
            disabled={loop.a === null}
            onClick={() => setLoop({ a: null, b: null })}
          >
            {t('practice.clearLoop')}
          </Button>
        </div>
        <p className="practice-player__state" role="status">
          {loopText}
        </p>
      </fieldset>
      <div className="practice-player__group">
        <label className="practice-player__tempo" htmlFor="practice-tempo">
          {t('practice.tempo', { percent: tempo })}
        </label>
        <p className="practice-player__hint" id="practice-tempo-hint">
          {t('practice.tempoHint')}
        </p>
        <div className="practice-player__buttons">
          <input
            id="practice-tempo"
            type="range"
            min={50}
            max={150}
            step={5}
            value={tempo}
            aria-describedby="practice-tempo-hint"
            onChange={(event) => setTempo(Number(event.target.value))}
          />
          <Button variant="ghost" disabled={tempo === 100} onClick={() => setTempo(100)}>
            {t('practice.tempoReset')}
          </Button>
        </div>
      </div>
      <p>
        <a className="button button--secondary" href={src} download>
          {t('practice.download')}
        </a>
      </p>
    </div>
  );
}
