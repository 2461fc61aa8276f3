// The e-mails of a call, in the applicant's language: the receipt of an application, and the
// decision once the chair notifies.
import type { CallDecision, Locale } from '@tutti/contracts';

type Mail = { subject: string; text: string };

export function receiptMail(
  locale: Locale,
  facts: { organisationName: string; callTitle: string; code: string; statusUrl: string },
): Mail {
  const { organisationName: org, callTitle: title, code, statusUrl } = facts;
  const texts: Record<Locale, Mail> = {
    fr: {
      subject: `${org} : candidature reçue – ${title}`,
      text: `Bonjour,\n\nNous avons bien reçu votre candidature à « ${title} ».\nVotre code de candidature : ${code}. Le jury ne connaît que ce code : ni votre nom, ni votre adresse.\n\nPour suivre son état, demandez un lien d'accès ici :\n${statusUrl}\n\n${org}`,
    },
    en: {
      subject: `${org}: application received – ${title}`,
      text: `Hello,\n\nWe have received your application to "${title}".\nYour application code: ${code}. The jury only knows this code: neither your name nor your address.\n\nTo follow its status, ask for an access link here:\n${statusUrl}\n\n${org}`,
    },
    de: {
      subject: `${org}: Bewerbung eingegangen – ${title}`,
      text: `Guten Tag,\n\nwir haben Ihre Bewerbung für „${title}“ erhalten.\nIhr Bewerbungscode: ${code}. Die Jury kennt nur diesen Code, weder Ihren Namen noch Ihre Adresse.\n\nUm den Stand zu verfolgen, fordern Sie hier einen Zugangslink an:\n${statusUrl}\n\n${org}`,
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
    statusUrl: string;
  },
): Mail {
  const { organisationName: org, callTitle: title } = facts;
  const reason = facts.reason ? `\n\n${facts.reason}` : '';
  const body = `${outcome[locale][facts.decision]}${reason}`;
  const texts: Record<Locale, Mail> = {
    fr: {
      subject: `${org} : résultat – ${title}`,
      text: `Bonjour,\n\n${body}\n\nCode de candidature : ${facts.code}. Vous pouvez lire ce que la loi vous permet de lire (vos enregistrements, les appréciations du jury) en demandant un lien ici :\n${facts.statusUrl}\n\n${org}`,
    },
    en: {
      subject: `${org}: result – ${title}`,
      text: `Hello,\n\n${body}\n\nApplication code: ${facts.code}. You may read what the law lets you read (your recordings, the jury's comments) by asking for a link here:\n${facts.statusUrl}\n\n${org}`,
    },
    de: {
      subject: `${org}: Ergebnis – ${title}`,
      text: `Guten Tag,\n\n${body}\n\nBewerbungscode: ${facts.code}. Was Ihnen das Gesetz zu lesen erlaubt (Ihre Aufnahmen, die Anmerkungen der Jury), können Sie über einen hier angeforderten Link lesen:\n${facts.statusUrl}\n\n${org}`,
    },
  };
  return texts[locale];
}
