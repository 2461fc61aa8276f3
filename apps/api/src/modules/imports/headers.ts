// The headers imports understand for fields several entities share (commune, address, notes):
// French as offices write them, English and German too. Each entity's own are in
// `<entity>.headers.ts`. Matching ignores case, accents, punctuation, units in brackets and "*"
// marks; numbered columns ("Contact 2", "E-mail 2") fill repeated fields.
import type { FieldSpec } from '../../platform/tabular';

export const communeSpecs: readonly FieldSpec[] = [
  {
    field: 'postalCode',
    headers: [
      'Code postal',
      'CP',
      'C.P.',
      'postal code',
      'postcode',
      'zip',
      'zip code',
      'PLZ',
      'Postleitzahl',
    ],
  },
  {
    field: 'communeName',
    headers: [
      'Commune',
      'Ville',
      'Localité',
      'Commune de résidence',
      'city',
      'town',
      'municipality',
      'Gemeinde',
      'Stadt',
    ],
  },
  {
    field: 'communeCode',
    headers: [
      'Code INSEE',
      'INSEE',
      'Code commune',
      'Code officiel géographique',
      'COG',
      'commune code',
      'insee code',
      'Gemeindeschlüssel',
    ],
  },
];

export const addressSpec: FieldSpec = {
  field: 'addressLine',
  headers: [
    'Adresse',
    'Adresse postale',
    'Adresse 1',
    'Rue',
    'Voie',
    'N° et rue',
    'address',
    'street',
    'street address',
    'Anschrift',
    'Straße',
  ],
};

export const notesSpec: FieldSpec = {
  field: 'notes',
  headers: [
    'Remarques',
    'Remarque',
    'Notes',
    'Commentaire',
    'Commentaires',
    'Observations',
    'comments',
    'Bemerkungen',
  ],
};
