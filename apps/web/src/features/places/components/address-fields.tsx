// Address, commune (searched), postal code and, for venues, the position on the map.
import type { CommuneMatch } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui';
import { CommunePicker } from '@/features/territories';
import { CoordinatesFields, coordinateText } from './coordinates-fields';

export type AddressDefaults = {
  addressLine?: string | null;
  postalCode?: string | null;
  communeCode?: string | null;
  communeName?: string | null;
  latitude?: number | null;
  longitude?: number | null;
};

type Props = {
  defaults: AddressDefaults;
  withCoordinates?: boolean;
  errorAt: (path: string) => string | undefined;
};

export function AddressFields({ defaults, withCoordinates = false, errorAt }: Props) {
  const { t } = useTranslation('places');
  const [postalCode, setPostalCode] = useState(defaults.postalCode ?? '');
  const [position, setPosition] = useState({
    latitude: coordinateText(defaults.latitude),
    longitude: coordinateText(defaults.longitude),
  });

  // Choosing a commune fills what the reference knows, and leaves what was typed otherwise.
  const onChoose = (commune: CommuneMatch | null) => {
    if (!commune) return;
    if (commune.postalCodes[0] && !commune.postalCodes.includes(postalCode)) {
      setPostalCode(commune.postalCodes[0]);
    }
    setPosition({
      latitude: commune.latitude.toFixed(5),
      longitude: commune.longitude.toFixed(5),
    });
  };

  const initialCommune =
    defaults.communeCode && defaults.communeName
      ? { code: defaults.communeCode, name: defaults.communeName }
      : null;

  return (
    <>
      <TextField
        name="addressLine"
        label={t('address.line')}
        autoComplete="street-address"
        defaultValue={defaults.addressLine ?? ''}
        maxLength={300}
        error={errorAt('addressLine')}
      />
      <CommunePicker
        codeName="communeCode"
        nameName="communeName"
        initial={initialCommune}
        onChoose={onChoose}
        error={errorAt('communeCode') ?? errorAt('communeName')}
      />
      <TextField
        name="postalCode"
        label={t('address.postalCode')}
        autoComplete="postal-code"
        inputMode="numeric"
        value={postalCode}
        onChange={(event) => setPostalCode(event.target.value)}
        className="field--short"
        error={errorAt('postalCode')}
      />
      {withCoordinates ? (
        <CoordinatesFields {...position} onChange={setPosition} errorAt={errorAt} />
      ) : null}
    </>
  );
}
