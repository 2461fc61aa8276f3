// French strings of the conductor's and coordinators' pages: the choir's overview, the checking
// queue, the roll call and messages.
export const conductorFr = {
  conductor: {
    title: 'Direction du chœur',
    season: 'Saison',
  },
  checking: {
    title: 'Enregistrements à vérifier',
  },
  rollCall: {
    title: 'Appel de la répétition',
  },
  message: {
    title: 'Écrire aux choristes',
  },
};
