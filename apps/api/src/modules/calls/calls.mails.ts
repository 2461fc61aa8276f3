// The e-mails of a call, in the applicant's language: the receipt of an application, a proposed
// recording day, and the decision once the chair notifies.
import type { CallDecision, Locale } from '@tutti/contracts';

type Mail = { subject: string; text: string };

/** The applicant's page, then where to ask for a new link once the access has ended. */
function following(locale: Locale, urls: { pageUrl: string; linkUrl: string | null }) {
  const page = {
    fr: `Votre candidature, son état et son résultat :\n${urls.pageUrl}`,
    en: `Your application, its status and its result:\n${urls.pageUrl}`,
    de: `Ihre Bewerbung, ihr Stand und ihr Ergebnis:\n${urls.pageUrl}`,
  }[locale];
  if (!urls.linkUrl) return page;
  const link = {
    fr: `Si la page vous demande d'ouvrir votre lien, demandez-en un nouveau ici :\n${urls.linkUrl}`,
    en: `If the page asks you to open your link, ask for a new one here:\n${urls.linkUrl}`,
    de: `Wenn die Seite nach Ihrem Link fragt, fordern Sie hier einen neuen an:\n${urls.linkUrl}`,
  }[locale];
  return `${page}\n\n${link}`;
}

export function receiptMail(
  locale: Locale,
  facts: {
    organisationName: string;
    callTitle: string;
    code: string;
    /** The applicant's page, and where to ask for a new link (the call's page) when there is one. */
    pageUrl: string;
    linkUrl: string | null;
  },
): Mail {
  const { organisationName: org, callTitle: title, code } = facts;
  const follow = following(locale, facts);
  const texts: Record<Locale, Mail> = {
    fr: {
      subject: `${org} : candidature reçue – ${title}`,
      text: `Bonjour,\n\nNous avons bien reçu votre candidature à « ${title} ».\nVotre code de candidature : ${code}. Le jury ne connaît que ce code : ni votre nom, ni votre adresse.\n\n${follow}\n\n${org}`,
    },
    en: {
      subject: `${org}: application received – ${title}`,
      text: `Hello,\n\nWe have received your application to "${title}".\nYour application code: ${code}. The jury only knows this code: neither your name nor your address.\n\n${follow}\n\n${org}`,
    },
    de: {
      subject: `${org}: Bewerbung eingegangen – ${title}`,
      text: `Guten Tag,\n\nwir haben Ihre Bewerbung für „${title}“ erhalten.\nIhr Bewerbungscode: ${code}. Die Jury kennt nur diesen Code, weder Ihren Namen noch Ihre Adresse.\n\n${follow}\n\n${org}`,
    },
  };
  return texts[locale];
}

const outcome: Record<Locale, Record<CallDecision, string>> = {
  fr: {
    selected: 'Nous avons le plaisir de vous annoncer que votre candidature est retenue.',
    waiting:
      "Votre candidature est sur liste d'attente : nous vous écrirons si une place se libère.",
    declined: "Nous sommes au regret de vous annoncer que votre candidature n'est pas retenue.",
  },
  en: {
    selected: 'We are pleased to tell you that your application has been selected.',
    waiting: 'Your application is on the waiting list: we will write if a place becomes free.',
    declined: 'We are sorry to tell you that your application has not been selected.',
  },
  de: {
    selected: 'Wir freuen uns, Ihnen mitzuteilen, dass Ihre Bewerbung ausgewählt wurde.',
    waiting:
      'Ihre Bewerbung steht auf der Warteliste: Wir schreiben Ihnen, wenn ein Platz frei wird.',
    declined: 'Leider müssen wir Ihnen mitteilen, dass Ihre Bewerbung nicht ausgewählt wurde.',
  },
};

export function decisionMail(
  locale: Locale,
  facts: {
    organisationName: string;
    callTitle: string;
    code: string;
    decision: CallDecision;
    reason: string | null;
    pageUrl: string;
    linkUrl: string | null;
  },
): Mail {
  const follow = following(locale, facts);
  const { organisationName: org, callTitle: title } = facts;
  const reason = facts.reason ? `\n\n${facts.reason}` : '';
  const body = `${outcome[locale][facts.decision]}${reason}`;
  const texts: Record<Locale, Mail> = {
    fr: {
      subject: `${org} : résultat – ${title}`,
      text: `Bonjour,\n\n${body}\n\nCode de candidature : ${facts.code}. Vous pouvez lire ce que la loi vous permet de lire (les appréciations du jury) sur la page de votre candidature.\n\n${follow}\n\n${org}`,
    },
    en: {
      subject: `${org}: result – ${title}`,
      text: `Hello,\n\n${body}\n\nApplication code: ${facts.code}. You may read what the law lets you read (the jury's comments) on your application's page.\n\n${follow}\n\n${org}`,
    },
    de: {
      subject: `${org}: Ergebnis – ${title}`,
      text: `Guten Tag,\n\n${body}\n\nBewerbungscode: ${facts.code}. Was Ihnen das Gesetz zu lesen erlaubt (die Anmerkungen der Jury), lesen Sie auf der Seite Ihrer Bewerbung.\n\n${follow}\n\n${org}`,
    },
  };
  return texts[locale];
}

/** A supervised recording day proposed on a tour stop near the applicant. */
export function recordingDayMail(
  locale: Locale,
  facts: {
    organisationName: string;
    callTitle: string;
    /** The day and time, in the applicant's language and the stop's time zone. */
    when: string;
    place: string;
    pageUrl: string;
    linkUrl: string | null;
  },
): Mail {
  const follow = following(locale, facts);
  const { organisationName: org, callTitle: title, when, place } = facts;
  const texts: Record<Locale, Mail> = {
    fr: {
      subject: `${org} : une séance d'enregistrement près de chez vous – ${title}`,
      text: `Bonjour,\n\nPour enregistrer votre candidature à « ${title} » dans de bonnes conditions, nous vous proposons une séance d'enregistrement accompagnée lors d'une étape de notre tournée :\n\n${when}\n${place}\n\nNotre équipe vous y accueille avec le matériel. Répondez à ce message si ce moment ne vous convient pas.\n\n${follow}\n\n${org}`,
    },
    en: {
      subject: `${org}: a recording session near you – ${title}`,
      text: `Hello,\n\nSo that you can record your application to "${title}" in good conditions, we offer you a supervised recording session at a stop of our tour:\n\n${when}\n${place}\n\nOur team will welcome you there with the equipment. Reply to this message if this time does not suit you.\n\n${follow}\n\n${org}`,
    },
    de: {
      subject: `${org}: ein Aufnahmetermin in Ihrer Nähe – ${title}`,
      text: `Guten Tag,\n\ndamit Sie Ihre Bewerbung für „${title}“ unter guten Bedingungen aufnehmen können, bieten wir Ihnen einen begleiteten Aufnahmetermin bei einem Halt unserer Tournee an:\n\n${when}\n${place}\n\nUnser Team empfängt Sie dort mit der Ausrüstung. Antworten Sie auf diese Nachricht, wenn Ihnen dieser Termin nicht passt.\n\n${follow}\n\n${org}`,
    },
  };
  return texts[locale];
}
