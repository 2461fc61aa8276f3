// The headers a file of ensembles (choirs, bands, music schools) may use for each field.
import type { FieldSpec } from '../../platform/tabular';
import { addressSpec, communeSpecs } from './headers';

export const ensembleSpecs: readonly FieldSpec[] = [
  {
    field: 'name',
    headers: [
      'Nom',
      'Nom de l’ensemble',
      'Ensemble',
      'Chorale',
      'Nom du groupe',
      'name',
      'ensemble name',
      'Name',
    ],
  },
  {
    field: 'kind',
    headers: ['Type', 'Type d’ensemble', 'Catégorie', 'Pratique', 'kind', 'type', 'Art'],
  },
  addressSpec,
  ...communeSpecs,
  {
    field: 'day',
    headers: [
      'Jour de répétition',
      'Jour',
      'Jours',
      'Répétitions',
      'rehearsal day',
      'day',
      'Probentag',
    ],
  },
  {
    field: 'time',
    headers: ['Heure', 'Horaire', 'Heure de répétition', 'time', 'rehearsal time', 'Uhrzeit'],
  },
  { field: 'rule', headers: ['RRULE', 'Récurrence', 'Règle de récurrence', 'recurrence', 'rule'] },
  {
    field: 'genres',
    headers: ['Répertoire', 'Genres', 'Genre', 'Style', 'Styles', 'repertoire', 'Stil'],
  },
  {
    field: 'partsSought',
    headers: [
      'Pupitres recherchés',
      'Recherche',
      'Recherché',
      'Instruments recherchés',
      'wanted',
      'Gesucht',
    ],
  },
  {
    field: 'workingLanguages',
    headers: [
      'Langues',
      'Langue',
      'Langues de travail',
      'Langue de travail',
      'Langues parlées',
      'languages',
      'working languages',
      'language',
      'Sprachen',
      'Sprache',
      'Arbeitssprachen',
    ],
  },
  { field: 'auditionRequired', headers: ['Audition', 'Sur audition', 'audition', 'Vorsingen'] },
  {
    field: 'annualFee',
    headers: [
      'Cotisation',
      'Cotisation annuelle',
      'Tarif',
      'Tarif annuel',
      'fee',
      'annual fee',
      'Beitrag',
    ],
  },
  {
    field: 'solidarityFee',
    headers: [
      'Tarif solidaire',
      'Tarif réduit',
      'Cotisation solidaire',
      'solidarity fee',
      'Solidartarif',
    ],
  },
  {
    field: 'description',
    headers: ['Présentation', 'Description', 'Remarques', 'description', 'Beschreibung'],
  },
  {
    field: 'contactName',
    headers: ['Contact', 'Nom du contact', 'Responsable', 'contact name', 'Kontakt'],
  },
  { field: 'contactEmail', headers: ['E-mail', 'Email', 'Courriel', 'Mail', 'e-mail', 'E-Mail'] },
  { field: 'contactPhone', headers: ['Téléphone', 'Tél', 'Tel', 'Portable', 'phone', 'Telefon'] },
  {
    field: 'website',
    headers: ['Site', 'Site web', 'Site internet', 'website', 'web', 'Webseite'],
  },
];
