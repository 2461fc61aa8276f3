// The choir template a new call starts from: what a youth choir's call usually asks.
import type { CallBody } from '@tutti/contracts';

export const choirTemplate: Pick<
  CallBody,
  'fields' | 'recordings' | 'criteria' | 'parts' | 'retentionMonths'
> = {
  fields: [
    {
      key: 'country',
      type: 'text',
      label: { fr: 'Pays', en: 'Country', de: 'Land' },
      required: true,
      visibility: 'jurors',
      options: [],
    },
    {
      key: 'birth_date',
      type: 'date',
      label: { fr: 'Date de naissance', en: 'Date of birth', de: 'Geburtsdatum' },
      required: true,
      visibility: 'hidden',
      options: [],
    },
    {
      key: 'phone',
      type: 'phone',
      label: { fr: 'Téléphone', en: 'Phone', de: 'Telefon' },
      required: false,
      visibility: 'hidden',
      options: [],
    },
    {
      key: 'experience',
      type: 'longText',
      label: { fr: 'Parcours musical', en: 'Musical background', de: 'Musikalischer Werdegang' },
      required: false,
      visibility: 'jurors',
      options: [],
    },
  ],
  recordings: [
    {
      key: 'range',
      label: { fr: 'Test de tessiture', en: 'Range test', de: 'Stimmumfang' },
      maxSeconds: 80,
      required: true,
    },
    {
      key: 'sight',
      label: { fr: 'Déchiffrage', en: 'Sight-reading', de: 'Vom-Blatt-Singen' },
      maxSeconds: 120,
      required: true,
    },
    {
      key: 'free',
      label: { fr: 'Pièce libre', en: 'Free piece', de: 'Freies Stück' },
      maxSeconds: 240,
      required: true,
    },
  ],
  criteria: [
    {
      key: 'voice',
      label: { fr: 'Voix', en: 'Voice', de: 'Stimme' },
      weight: 40,
      independent: false,
    },
    {
      key: 'musicality',
      label: { fr: 'Musicalité', en: 'Musicality', de: 'Musikalität' },
      weight: 30,
      independent: false,
    },
    {
      key: 'reading',
      label: { fr: 'Lecture', en: 'Reading', de: 'Blattlesen' },
      weight: 20,
      independent: false,
    },
    {
      key: 'ensemble',
      label: { fr: 'Sens du collectif', en: 'Ensemble sense', de: 'Ensemblegefühl' },
      weight: 10,
      independent: false,
    },
    {
      key: 'motivation',
      label: { fr: 'Motivation', en: 'Motivation', de: 'Motivation' },
      weight: 0,
      independent: true,
    },
  ],
  parts: [
    { key: 'soprano', label: { fr: 'Sopranos', en: 'Sopranos', de: 'Soprane' }, places: 24 },
    { key: 'alto', label: { fr: 'Altos', en: 'Altos', de: 'Alte' }, places: 24 },
    { key: 'tenor', label: { fr: 'Ténors', en: 'Tenors', de: 'Tenöre' }, places: 22 },
    { key: 'bass', label: { fr: 'Basses', en: 'Basses', de: 'Bässe' }, places: 23 },
  ],
  retentionMonths: 6,
};
