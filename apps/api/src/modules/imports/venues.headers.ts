// The headers a venues file may use for each field, equipment included.
import { equipmentItems } from '@tutti/contracts';
import type { FieldSpec } from '../../platform/tabular';
import { addressSpec, communeSpecs, notesSpec } from './headers';
import { equipmentHeaders } from './labels';

export const venueSpecs: readonly FieldSpec[] = [
  {
    field: 'name',
    headers: [
      'Nom du lieu',
      'Lieu',
      'Nom',
      'Salle',
      'Nom de la salle',
      'venue',
      'venue name',
      'Veranstaltungsort',
    ],
  },
  {
    field: 'kind',
    headers: [
      'Type de lieu',
      'Type',
      'Catégorie',
      'Nature du lieu',
      'venue type',
      'kind',
      'Art',
      'Typ',
    ],
  },
  addressSpec,
  ...communeSpecs,
  {
    field: 'capacity',
    headers: [
      'Capacité',
      'Jauge',
      'Nombre de places',
      'Places',
      'Capacité d’accueil',
      'capacity',
      'seats',
      'Kapazität',
      'Plätze',
    ],
  },
  {
    field: 'stepFreeAccess',
    headers: [
      'Accès PMR',
      'PMR',
      'Accessible PMR',
      'Accessibilité PMR',
      'Accès handicapés',
      'Accès fauteuil',
      'step-free access',
      'wheelchair access',
      'barrierefrei',
    ],
  },
  ...equipmentItems.map((item) => ({ field: item, headers: equipmentHeaders[item] })),
  {
    field: 'partner',
    headers: [
      'Structure partenaire',
      'Partenaire',
      'Structure',
      'Gestionnaire',
      'Propriétaire',
      'partner',
      'owner',
      'Träger',
      'Partner',
    ],
  },
  { field: 'latitude', headers: ['Latitude', 'Lat', 'Breitengrad'] },
  { field: 'longitude', headers: ['Longitude', 'Long', 'Lon', 'Lng', 'Längengrad'] },
  notesSpec,
];
