// Latitude and longitude, filled from the chosen commune and open to a more precise position.
import './places.css';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui';

type Props = {
  latitude: string;
  longitude: string;
  onChange: (position: { latitude: string; longitude: string }) => void;
  errorAt: (path: string) => string | undefined;
};

export function CoordinatesFields({ latitude, longitude, onChange, errorAt }: Props) {
  const { t } = useTranslation('places');
  return (
    <fieldset className="coordinates">
      <legend>{t('address.coordinates')}</legend>
      <p className="field__hint">{t('address.coordinatesHint')}</p>
      <div className="coordinates__pair">
        <TextField
          name="latitude"
          label={t('address.latitude')}
          inputMode="decimal"
          value={latitude}
          onChange={(event) => onChange({ latitude: event.target.value, longitude })}
          error={errorAt('latitude')}
        />
        <TextField
          name="longitude"
          label={t('address.longitude')}
          inputMode="decimal"
          value={longitude}
          onChange={(event) => onChange({ latitude, longitude: event.target.value })}
          error={errorAt('longitude')}
        />
      </div>
    </fieldset>
  );
}

/** The text of a stored coordinate, empty when there is none. */
export const coordinateText = (value: number | null | undefined) =>
  value == null ? '' : String(value);
