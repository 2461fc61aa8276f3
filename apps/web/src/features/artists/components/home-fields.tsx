// The artist's home commune (searched) and the position it gives, for travel estimates.
import type { Artist, CommuneMatch } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoordinatesFields, coordinateText } from '@/features/places';
import { CommunePicker } from '@/features/territories';

type Props = { artist: Artist | undefined; errorAt: (path: string) => string | undefined };

export function HomeFields({ artist, errorAt }: Props) {
  const { t } = useTranslation('artists');
  const [position, setPosition] = useState({
    latitude: coordinateText(artist?.latitude),
    longitude: coordinateText(artist?.longitude),
  });
  const onChoose = (commune: CommuneMatch | null) =>
    setPosition({
      latitude: commune ? commune.latitude.toFixed(5) : '',
      longitude: commune ? commune.longitude.toFixed(5) : '',
    });
  const initial =
    artist?.homeCommuneCode && artist.homeCommuneName
      ? { code: artist.homeCommuneCode, name: artist.homeCommuneName }
      : null;

  return (
    <>
      <CommunePicker
        label={t('form.home')}
        codeName="homeCommuneCode"
        nameName="homeCommuneName"
        initial={initial}
        onChoose={onChoose}
        error={errorAt('homeCommuneCode') ?? errorAt('homeCommuneName')}
      />
      <CoordinatesFields {...position} onChange={setPosition} errorAt={errorAt} />
    </>
  );
}
