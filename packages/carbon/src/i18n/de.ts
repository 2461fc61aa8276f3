// German strings of the carbon model (i18next format).
import type { CarbonMessages } from './en';

export const de: CarbonMessages = {
  carbon: {
    source: {
      artists: 'Künstler·innen',
      audience: 'Publikum und Gruppen',
      equipment: 'Material',
      digital: 'Digital (Online-Sitzungen)',
    },
    mode: {
      'car-combustion': 'Auto (Verbrenner)',
      'car-electric': 'Elektroauto',
      van: 'Transporter',
      coach: 'Reisebus',
      'bus-combustion': 'Bus (Verbrenner)',
      'bus-electric': 'Elektrobus',
      'train-regional': 'Regionalzug',
      'train-intercity': 'Fernzug (Intercity)',
      'train-high-speed': 'Hochgeschwindigkeitszug',
      tram: 'Straßenbahn',
      metro: 'U-Bahn',
      'e-bike': 'E-Bike',
      bike: 'Fahrrad',
      walking: 'Zu Fuß',
      'plane-short-haul': 'Flugzeug (Kurzstrecke)',
      'online-video': 'Videokonferenz',
    },
    lever: {
      carpool: 'Fahrgemeinschaften',
      train: 'Zug mit kurzem Transfer',
      'group-by-area': 'Termine nach Gebiet gebündelt',
      'alternative-itinerary': 'Alternative Route des Tourplaners',
      online: 'Einige Termine online',
      electric: 'Elektroauto',
      shuttle: 'Shuttlebus für öffentliche Veranstaltungen',
      combined: 'Mehrere Änderungen zusammen',
    },
    reduction: {
      carpool:
        'Fahrgemeinschaften unter den Künstler·innen (bis zu {{maxOccupants}} pro Auto; vermiedene Autofahrten: {{carsAvoided}}): {{savedKg, number}} kg CO2e eingespart ({{savedPct}} % des Fußabdrucks).',
      train:
        'Für Fahrten der Künstler·innen über {{minDistanceKm}} km den Zug nehmen (betroffene Fahrten: {{tripsReplaced}}), mit kurzem Autotransfer ab dem Bahnhof: {{savedKg, number}} kg CO2e eingespart ({{savedPct}} %).',
      groupByArea:
        'Termine im selben Gebiet am selben Tag bündeln ({{sessionsPerDay}} pro Tag; vermiedene Anfahrten: {{outingsSaved}}): {{savedKg, number}} kg CO2e eingespart ({{savedPct}} %).',
      alternativeItinerary:
        'Der alternativen Route des Tourplaners folgen: {{savedKg, number}} kg CO2e eingespart ({{savedPct}} %).',
      online:
        '{{sessionsReplaced}} der {{sessionsTotal}} Termine online abhalten, und zwar die mit den meisten Fahrten: {{savedKg, number}} kg CO2e eingespart ({{savedPct}} %).',
      electric:
        'Für die Autofahrten der Künstler·innen ein Elektroauto nutzen (betroffene Fahrten: {{tripsConverted}}): {{savedKg, number}} kg CO2e eingespart ({{savedPct}} %).',
      shuttle:
        'Einen Shuttlebus zu {{shuttleSessions}} öffentlichen Veranstaltungen einsetzen ({{uptakePct}} % des Publikums, das aus mehr als {{minDistanceKm}} km mit dem Auto kommt, steigt um: {{travellersMoved}} Personen): spart {{savedKg, number}} kg CO2e ({{savedPct}} %).',
      combined:
        'Diese Änderungen kombinieren: {{savedKg, number}} kg CO2e eingespart ({{savedPct}} %).',
      none: 'Keine der geprüften Änderungen würde mehr als 1 % dieses Fußabdrucks einsparen.',
      time: {
        more: 'Dafür insgesamt {{hours, number}} Stunden mehr Fahrzeit.',
        less: 'Außerdem {{hours, number}} Stunden weniger Fahrzeit.',
        same: 'Die Fahrzeit bleibt gleich.',
      },
    },
    assumption: {
      maxOccupants: 'Personen pro Auto, Fahrer·in eingeschlossen',
      pickupDetourKm: 'Umweg pro Mitfahrer·in, je Fahrt',
      minDistanceKm: 'Zug statt Auto ab (einfache Strecke)',
      trainMode: 'Genutzter Zug',
      railDetourFactor: 'Schienen-km pro Straßen-km',
      transferKm: 'Autotransfer ab dem Bahnhof',
      transferEmptyReturn: 'Das Transferauto fährt leer zurück',
      connectionWaitMin: 'Warte- und Umstiegszeit je Fahrt',
      sessionsPerDay: 'Termine pro Tag in einem Gebiet',
      hopKm: 'Entfernung zwischen zwei Orten eines Gebiets',
      alternativeDays: 'Tage der alternativen Route',
      onlineShare: 'Anteil der Online-Termine',
      onlineSessionsChosen: 'Für online ausgewählte Termine',
      onlineDurationHours: 'Dauer eines Online-Termins',
      onlineVideoFactor: 'Online-Video',
      electricKinds: 'Auf Elektroauto umgestellte Fahrten',
      shuttleUptake: 'Anteil des Auto-Publikums, der den Shuttle nimmt',
      shuttleMinDistanceKm: 'Shuttle bedient Orte ab (einfache Strecke)',
      shuttleRouteDetourFactor: 'Shuttle-km je km direkter Straße (Sammelrunde)',
      shuttleWaitMin: 'Wartezeit am Sammelpunkt',
      chargingTime: 'Berücksichtigte Ladezeit',
    },
    unchanged: {
      carpool:
        'Keine Künstler·innen fahren am selben Tag zum selben Termin von Wohnorten, die nah genug für ein gemeinsames Auto sind: niemand zum Mitnehmen.',
      carpoolNoCar: 'Keine Künstler·innen kommen mit dem Auto: kein Auto zum Teilen.',
      train:
        'Keine Künstler·innen fahren {{minDistanceKm}} km oder mehr mit dem Auto (einfache Strecke): keine Fahrt ist lang genug für den Zug.',
      groupByArea:
        'Kein Team fährt in einem Gebiet mehrmals hin und zurück, sodass ein gemeinsamer Tag Wege sparen würde.',
      alternativeItinerary: 'Der Planer hat keine alternative Route für diese Termine.',
      online:
        'Kein Workshop mit Anfahrt, der online stattfinden könnte (Konzerte und öffentliche Veranstaltungen bleiben vor Ort).',
      electric: 'Keine Künstler·innen fahren einen Verbrenner: nichts auf Elektro umzustellen.',
      shuttle:
        'Keine öffentliche Veranstaltung, deren Publikum mit dem Auto aus {{minDistanceKm}} km oder mehr kommt: niemand für den Shuttle.',
      combined: 'Keine der kombinierten Änderungen betrifft diese Fahrten.',
    },
    note: {
      'session-venue-unknown':
        '{{session}}: Veranstaltungsort unbekannt oder nicht verortet, die Anfahrt wird nicht gezählt.',
      'artist-home-unknown': 'Wohnort von {{artist}} unbekannt: die Fahrten werden nicht gezählt.',
      'shared-car':
        '{{occupants}} Künstler·innen fahren aus {{commune}} zu denselben Terminen: ein Auto wird gezählt.',
      'chained-day': 'Verketteter Tag: Wohnort, dann {{sessions}} Orte, dann zurück.',
      'artist-home-at-commune-centre':
        'Wohnort in der Mitte der Gemeinde verortet (genaue Adresse unbekannt).',
      'artist-carpool-counted-as-car':
        'Fahrgemeinschaft angegeben: das ganze Auto wird gezählt (die anderen Mitfahrenden sind unbekannt).',
      'artist-train-road-km': 'Zug: Schienen-km gleich Straßen-km angenommen.',
      'artist-bus-as-coach': 'Bus zwischen Gemeinden als Reisebus gezählt (Regionallinie).',
      'people-from-attendance': 'Teilnehmende laut Anwesenheit (anwesend und gezählt).',
      'people-from-enrolment': 'Teilnehmende laut Gruppenlisten (Anwesenheit noch nicht erfasst).',
      'group-size-unknown': 'Gruppe {{group}}: weder Liste noch erwartete Größe, nicht gezählt.',
      'group-nobody-listed': 'Gruppe {{group}}: noch niemand angemeldet, nicht gezählt.',
      'group-origin-unknown':
        'Gruppe {{group}} ({{people}} Personen): Gemeinde unbekannt, Anfahrt nicht gezählt.',
      'group-on-site': 'Gruppe {{group}} ({{people}} Personen) vor Ort: keine Anfahrt.',
      'group-travels-together': 'Die Gruppe reist gemeinsam.',
      'audience-counted-at-venue':
        '{{people}} Personen aus unbekannter Gemeinde oder der des Ortes: vor Ort gezählt, ohne Anfahrt.',
      'mode-split-door':
        'Am Konzerteingang von {{people}} Personen angegebene Verkehrsmittel (zu Fuß {{walk}}, Fahrrad {{bike}}, Auto {{car}} mit {{perCar}} pro Auto, Bus {{bus}}, Shuttle {{shuttle}}): Sie ersetzen die angenommene Aufteilung für das Publikum mit bekannter Gemeinde; über 2 km zu Fuß oder 8 km mit dem Rad gehen diese Anteile an die anderen Verkehrsmittel.',
      'door-modes-unused':
        'Am Konzerteingang von {{people}} Personen angegebene Verkehrsmittel: kein Publikum mit bekannter Gemeinde, auf das sie anwendbar wären; keine Fahrt damit gezählt.',
      'mode-split-project': 'Für das Projekt gewählte Verkehrsmittelaufteilung.',
      'mode-split-rural': 'Standardaufteilung für eine ländliche Gemeinde (INSEE-Dichteraster).',
      'mode-split-urban': 'Standardaufteilung für eine städtische Gemeinde (INSEE-Dichteraster).',
      'mode-split-area-unknown':
        'Dichte der Gemeinde des Ortes unbekannt: ländliche Aufteilung als Standard.',
      'van-km-from-session': 'Transporter: {{km}} km für diesen Termin angegeben.',
      'van-km-from-project': 'Transporter: {{km}} km je Termin, Einstellung des Projekts.',
      'online-devices':
        'Verbundene Geräte: {{groupScreens}} Gruppenbildschirme, {{ownDevices}} persönliche, {{artists}} Künstler·innen; {{hours}} h.',
      'session-cancelled': 'Termin abgesagt: nichts wird gezählt.',
      'line-left-out': 'Zu prüfen: bis zur Bestätigung durch die Koordination nicht in der Summe.',
    },
  },
};
