// Every header imports understand, by entity: French as offices write them, English and German too.
// Matching ignores case, accents, punctuation, units in brackets and "*" marks; numbered
// columns ("Contact 2", "E-mail 2") fill repeated fields.
import { equipmentItems } from '@tutti/contracts';
import type { FieldSpec } from '../../platform/tabular';
import { equipmentHeaders } from './labels';

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

const addressSpec: FieldSpec = {
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

const notesSpec: FieldSpec = {
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

export const participantSpecs: readonly FieldSpec[] = [
  {
    field: 'firstName',
    headers: ['Prénom', 'Prénom de l’enfant', 'first name', 'firstname', 'given name', 'Vorname'],
  },
  {
    field: 'lastName',
    headers: [
      'Nom',
      'Nom de famille',
      'Nom d’usage',
      'last name',
      'lastname',
      'surname',
      'family name',
      'Nachname',
      'Familienname',
    ],
  },
  {
    field: 'ageBand',
    headers: [
      "Tranche d'âge",
      'Tranche âge',
      'Âge',
      'Âge (ans)',
      'age band',
      'age group',
      'Altersgruppe',
      'Alter',
    ],
  },
  {
    field: 'birthDate',
    headers: [
      'Date de naissance',
      'Né le',
      'Née le',
      'Né(e) le',
      'Naissance',
      'DDN',
      'birth date',
      'date of birth',
      'birthdate',
      'DOB',
      'Geburtsdatum',
    ],
  },
  ...communeSpecs,
  {
    field: 'group',
    headers: ['Groupe', 'Classe', 'Nom du groupe', 'group', 'class', 'Gruppe', 'Klasse'],
  },
];

export const partnerSpecs: readonly FieldSpec[] = [
  {
    field: 'name',
    headers: [
      'Nom de la structure',
      'Nom',
      'Structure',
      'Raison sociale',
      'Établissement',
      'Nom de l’établissement',
      'Organisme',
      'Partenaire',
      'organisation',
      'organization',
      'partner',
      'Einrichtung',
    ],
  },
  {
    field: 'type',
    headers: ['Type', 'Type de structure', 'Catégorie', 'Nature', 'partner type', 'Art', 'Typ'],
  },
  addressSpec,
  ...communeSpecs,
  notesSpec,
  {
    field: 'contactName',
    headers: [
      'Contact',
      'Nom du contact',
      'Interlocuteur',
      'Interlocutrice',
      'Référent',
      'Référente',
      'Personne à contacter',
      'contact name',
      'Ansprechpartner',
      'Ansprechperson',
    ],
    repeatable: true,
  },
  {
    field: 'contactJobTitle',
    headers: [
      'Fonction',
      'Fonction du contact',
      'Poste',
      'Qualité',
      'job title',
      'role',
      'Funktion',
    ],
    repeatable: true,
  },
  {
    field: 'contactEmail',
    headers: [
      'E-mail',
      'Courriel',
      'Mail',
      'Adresse e-mail',
      'Adresse mail',
      'E-mail du contact',
      'email address',
      'E-Mail-Adresse',
    ],
    repeatable: true,
  },
  {
    field: 'contactPhone',
    headers: [
      'Téléphone',
      'Tél',
      'Tel',
      'Portable',
      'Mobile',
      'Téléphone du contact',
      'phone',
      'telephone',
      'Telefon',
    ],
    repeatable: true,
  },
];

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
  { field: 'latitude', headers: ['Latitude', 'Lat', 'Breitengrad'] },
  { field: 'longitude', headers: ['Longitude', 'Long', 'Lon', 'Lng', 'Längengrad'] },
  notesSpec,
];
