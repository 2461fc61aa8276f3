// Texts of the applicant's place to record (/p/_/candidature/<id>), in each language.
import type { PublicLanguage } from '../../../platform/public-pages';

type PlaceTexts = {
  title: string;
  hint: string;
  commune: string;
  understood: (name: string) => string;
  needsRecordingDay: string;
  asked: string;
  communeRequired: string;
  communeUnknown: string;
};

export const placeTexts: Record<PublicLanguage, PlaceTexts> = {
  fr: {
    title: 'Lieu d’enregistrement',
    hint: 'Pas de lieu calme pour vous enregistrer ? L’équipe peut vous enregistrer lors d’une étape de sa tournée près de chez vous.',
    commune: 'Votre commune (nom ou code postal)',
    understood: (name) => `Commune retenue : ${name}`,
    needsRecordingDay: 'Je n’ai pas de lieu pour m’enregistrer',
    asked:
      'Vous avez demandé une journée d’enregistrement accompagnée : l’équipe vous proposera une date près de chez vous.',
    communeRequired:
      'Indiquez votre commune pour qu’une date près de chez vous vous soit proposée.',
    communeUnknown: 'Commune introuvable : vérifiez le nom ou le code postal.',
  },
  en: {
    title: 'Place to record',
    hint: 'No quiet place to record? The team can record you at one of its tour stops near you.',
    commune: 'Your town (name or postcode)',
    understood: (name) => `Town understood: ${name}`,
    needsRecordingDay: 'I have no place to record',
    asked: 'You asked for a supervised recording day: the team will offer you a date near you.',
    communeRequired: 'Give your town so that a date near you can be offered.',
    communeUnknown: 'Town not found: check the name or the postcode.',
  },
  de: {
    title: 'Aufnahmeort',
    hint: 'Kein ruhiger Ort für die Aufnahme? Das Team kann Sie bei einem Tourneehalt in Ihrer Nähe aufnehmen.',
    commune: 'Ihr Wohnort (Name oder Postleitzahl)',
    understood: (name) => `Erkannter Ort: ${name}`,
    needsRecordingDay: 'Ich habe keinen Ort für die Aufnahme',
    asked:
      'Sie haben einen begleiteten Aufnahmetag erbeten: Das Team schlägt Ihnen einen Termin in Ihrer Nähe vor.',
    communeRequired:
      'Geben Sie Ihren Wohnort an, damit Ihnen ein Termin in der Nähe vorgeschlagen werden kann.',
    communeUnknown: 'Ort nicht gefunden: Prüfen Sie den Namen oder die Postleitzahl.',
  },
};
