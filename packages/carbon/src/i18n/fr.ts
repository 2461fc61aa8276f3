// French strings of the carbon model (i18next format); French is Tutti's first language.
import type { CarbonMessages } from './en';

export const fr: CarbonMessages = {
  carbon: {
    source: {
      artists: 'Artistes',
      audience: 'Public et groupes',
      equipment: 'Matériel',
      digital: 'Numérique (séances en ligne)',
    },
    mode: {
      'car-combustion': 'Voiture thermique',
      'car-electric': 'Voiture électrique',
      van: 'Camionnette',
      coach: 'Autocar',
      'bus-combustion': 'Bus thermique',
      'bus-electric': 'Bus électrique',
      'train-regional': 'TER',
      'train-intercity': 'Intercités',
      'train-high-speed': 'TGV',
      tram: 'Tramway',
      metro: 'Métro',
      'e-bike': 'Vélo électrique',
      bike: 'Vélo',
      walking: 'Marche',
      'plane-short-haul': 'Avion (court-courrier)',
      'online-video': 'Visioconférence',
    },
    lever: {
      carpool: 'Covoiturage',
      train: 'Train et correspondance locale',
      'group-by-area': 'Séances regroupées par secteur',
      'alternative-itinerary': 'Itinéraire alternatif du planificateur',
      online: 'Une partie des séances en ligne',
      electric: 'Voiture électrique',
      shuttle: 'Navette en autocar pour les événements publics',
      combined: 'Plusieurs changements ensemble',
    },
    reduction: {
      carpool:
        'Covoiturer entre artistes (jusqu’à {{maxOccupants}} par voiture ; trajets en voiture évités : {{carsAvoided}}) : {{savedKg, number}} kg CO2e économisés ({{savedPct}} % de l’empreinte).',
      train:
        'Prendre le train pour les trajets d’artistes de plus de {{minDistanceKm}} km (trajets concernés : {{tripsReplaced}}), avec une courte correspondance en voiture depuis la gare : {{savedKg, number}} kg CO2e économisés ({{savedPct}} %).',
      groupByArea:
        'Regrouper les séances d’un même secteur sur une même journée ({{sessionsPerDay}} par jour ; déplacements évités : {{outingsSaved}}) : {{savedKg, number}} kg CO2e économisés ({{savedPct}} %).',
      alternativeItinerary:
        'Suivre l’itinéraire alternatif proposé par le planificateur : {{savedKg, number}} kg CO2e économisés ({{savedPct}} %).',
      online:
        'Tenir en ligne {{sessionsReplaced}} des {{sessionsTotal}} séances, celles qui demandent le plus de trajets : {{savedKg, number}} kg CO2e économisés ({{savedPct}} %).',
      electric:
        'Utiliser une voiture électrique pour les trajets en voiture des artistes (trajets concernés : {{tripsConverted}}) : {{savedKg, number}} kg CO2e économisés ({{savedPct}} %).',
      shuttle:
        'Organiser une navette en autocar pour {{shuttleSessions}} événements publics ({{uptakePct}} % du public venant en voiture de plus de {{minDistanceKm}} km la prend : {{travellersMoved}} personnes) : {{savedKg, number}} kg CO2e économisés ({{savedPct}} %).',
      combined:
        'Combiner ces changements : {{savedKg, number}} kg CO2e économisés ({{savedPct}} %).',
      none: 'Aucun des changements essayés n’économiserait plus de 1 % de cette empreinte.',
      time: {
        more: 'En contrepartie : {{hours, number}} heures de trajet en plus au total.',
        less: 'En plus : {{hours, number}} heures de trajet en moins.',
        same: 'Le temps de trajet ne change pas.',
      },
    },
    assumption: {
      maxOccupants: 'Personnes par voiture, conducteur compris',
      pickupDetourKm: 'Détour par personne prise en route, par trajet',
      minDistanceKm: 'Trajets remplacés par le train à partir de (aller)',
      trainMode: 'Train utilisé',
      railDetourFactor: 'Km de rail par km de route',
      transferKm: 'Correspondance en voiture depuis la gare',
      transferEmptyReturn: 'La voiture de correspondance repart à vide',
      connectionWaitMin: 'Attente et correspondances par trajet',
      sessionsPerDay: 'Séances par jour dans un secteur',
      hopKm: 'Distance entre deux lieux d’un même secteur',
      alternativeDays: 'Journées de l’itinéraire alternatif',
      onlineShare: 'Part des séances tenues en ligne',
      onlineSessionsChosen: 'Séances choisies pour être tenues en ligne',
      onlineDurationHours: 'Durée d’une séance en ligne',
      onlineVideoFactor: 'Vidéo en ligne',
      electricKinds: 'Trajets passés en voiture électrique',
      shuttleUptake: 'Part du public venant en voiture qui prend la navette',
      shuttleMinDistanceKm: 'La navette dessert les communes à partir de (aller)',
      shuttleRouteDetourFactor: 'Km de navette par km de route directe (tournée de ramassage)',
      shuttleWaitMin: 'Attente au point de ramassage',
      chargingTime: 'Temps de recharge compté',
    },
    unchanged: {
      carpool:
        'Aucun artiste ne se rend en voiture à la même séance, le même jour, depuis un domicile assez proche pour partager la voiture : personne à prendre en route.',
      carpoolNoCar: 'Aucun artiste ne vient en voiture : pas de voiture à partager.',
      train:
        'Aucun artiste ne fait {{minDistanceKm}} km ou plus en voiture (aller) : aucun trajet n’est assez long pour le train.',
      groupByArea:
        'Aucune équipe ne fait dans un même secteur plusieurs allers-retours qu’un regroupement sur une journée raccourcirait.',
      alternativeItinerary: 'Le planificateur n’a pas d’itinéraire alternatif pour ces séances.',
      online:
        'Aucun atelier avec des trajets à tenir en ligne (les concerts et événements publics restent en présentiel).',
      electric: 'Aucun artiste ne vient en voiture thermique : rien à passer à l’électrique.',
      shuttle:
        'Aucun événement public dont le public vient en voiture de {{minDistanceKm}} km ou plus : personne pour la navette.',
      combined: 'Aucun des changements combinés ne s’applique à ces trajets.',
    },
    note: {
      'session-venue-unknown':
        '{{session}} : lieu inconnu ou non situé, les trajets vers la séance ne sont pas comptés.',
      'artist-home-unknown': 'Domicile de {{artist}} inconnu : ses trajets ne sont pas comptés.',
      'shared-car':
        '{{occupants}} artistes partent de {{commune}} pour les mêmes séances : une seule voiture est comptée.',
      'chained-day': 'Journée enchaînée : domicile, puis {{sessions}} lieux, puis retour.',
      'artist-home-at-commune-centre':
        'Domicile situé au centre de sa commune (adresse exacte inconnue).',
      'artist-carpool-counted-as-car':
        'Covoiturage déclaré : la voiture est comptée entière (les autres passagers ne sont pas connus).',
      'artist-train-road-km': 'Train : km de rail pris égaux aux km de route.',
      'artist-bus-as-coach': 'Bus entre communes compté comme un autocar (ligne régionale).',
      'people-from-attendance': 'Participants d’après l’émargement (présents et comptages).',
      'people-from-enrolment':
        'Participants d’après les inscrits des groupes (émargement pas encore fait).',
      'group-size-unknown': 'Groupe {{group}} : ni liste ni effectif prévu, non compté.',
      'group-nobody-listed': 'Groupe {{group}} : personne n’est encore inscrit, non compté.',
      'group-origin-unknown':
        'Groupe {{group}} ({{people}} personnes) : commune inconnue, trajet non compté.',
      'group-on-site': 'Groupe {{group}} ({{people}} personnes) sur place : pas de trajet.',
      'group-travels-together': 'Le groupe se déplace ensemble.',
      'audience-counted-at-venue':
        '{{people}} personnes de commune inconnue ou de celle du lieu : comptées sur place, sans trajet.',
      'mode-split-door':
        'Modes donnés à l’entrée du concert par {{people}} personnes (à pied {{walk}}, vélo {{bike}}, voiture {{car}} à {{perCar}} par voiture, bus {{bus}}, navette {{shuttle}}) : ils remplacent la répartition supposée pour le public de commune connue ; au-delà de 2 km à pied ou 8 km à vélo, ces parts vont aux autres modes.',
      'door-modes-unused':
        'Modes donnés à l’entrée du concert par {{people}} personnes : aucun public de commune connue à qui les appliquer, aucun trajet compté avec eux.',
      'mode-split-project': 'Répartition des modes de transport choisie pour le projet.',
      'mode-split-rural':
        'Répartition par défaut pour une commune rurale (grille de densité INSEE).',
      'mode-split-urban':
        'Répartition par défaut pour une commune urbaine (grille de densité INSEE).',
      'mode-split-area-unknown':
        'Densité de la commune du lieu inconnue : répartition rurale par défaut.',
      'van-km-from-session': 'Camionnette : {{km}} km indiqués pour cette séance.',
      'van-km-from-project': 'Camionnette : {{km}} km par séance, réglage du projet.',
      'online-devices':
        'Appareils connectés : {{groupScreens}} écrans de groupe, {{ownDevices}} personnels, {{artists}} artistes ; {{hours}} h.',
      'session-cancelled': 'Séance annulée : rien n’est compté.',
      'line-left-out':
        'À vérifier : laissé de côté du total jusqu’à ce qu’un·e coordinateur·rice le confirme.',
    },
  },
};
