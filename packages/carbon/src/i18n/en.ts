// English strings of the carbon model (i18next format), merged by the web app under its resources.

export const en = {
  carbon: {
    source: {
      artists: 'Artists',
      audience: 'Audience and groups',
      equipment: 'Equipment',
      digital: 'Digital (online sessions)',
    },
    mode: {
      'car-combustion': 'Car (combustion)',
      'car-electric': 'Electric car',
      van: 'Van',
      coach: 'Coach',
      'bus-combustion': 'Bus (combustion)',
      'bus-electric': 'Electric bus',
      'train-regional': 'Regional train',
      'train-intercity': 'Intercity train',
      'train-high-speed': 'High-speed train',
      tram: 'Tram',
      metro: 'Metro',
      'e-bike': 'E-bike',
      bike: 'Bike',
      walking: 'Walking',
      'plane-short-haul': 'Plane (short haul)',
      'online-video': 'Video conference',
    },
    lever: {
      carpool: 'Car-pooling',
      train: 'Train and local transfer',
      'group-by-area': 'Sessions grouped by area',
      'alternative-itinerary': 'Planner’s alternative itinerary',
      online: 'Some sessions online',
      electric: 'Electric car',
      shuttle: 'Shuttle coach for public events',
      combined: 'Several changes together',
    },
    reduction: {
      carpool:
        'Car-pool between artists (up to {{maxOccupants}} per car; car journeys avoided: {{carsAvoided}}): saves {{savedKg, number}} kg CO2e ({{savedPct}}% of the footprint).',
      train:
        'Take the train for artist journeys over {{minDistanceKm}} km (journeys concerned: {{tripsReplaced}}), with a short car transfer from the station: saves {{savedKg, number}} kg CO2e ({{savedPct}}%).',
      groupByArea:
        'Group sessions of the same area on the same day ({{sessionsPerDay}} per day; outings avoided: {{outingsSaved}}): saves {{savedKg, number}} kg CO2e ({{savedPct}}%).',
      alternativeItinerary:
        'Follow the planner’s alternative itinerary: saves {{savedKg, number}} kg CO2e ({{savedPct}}%).',
      online:
        'Hold {{sessionsReplaced}} of the {{sessionsTotal}} sessions online, those needing the most travel: saves {{savedKg, number}} kg CO2e ({{savedPct}}%).',
      electric:
        'Use an electric car for the artists’ car journeys (journeys concerned: {{tripsConverted}}): saves {{savedKg, number}} kg CO2e ({{savedPct}}%).',
      shuttle:
        'Run a shuttle coach to {{shuttleSessions}} public events ({{uptakePct}}% of the audience coming by car from more than {{minDistanceKm}} km take it: {{travellersMoved}} people): saves {{savedKg, number}} kg CO2e ({{savedPct}}%).',
      combined: 'Combine these changes: saves {{savedKg, number}} kg CO2e ({{savedPct}}%).',
      none: 'None of the changes tried would save more than 1% of this footprint.',
      time: {
        more: 'Costs {{hours, number}} more hours of travel in all.',
        less: 'Also saves {{hours, number}} hours of travel.',
        same: 'Travel time stays the same.',
      },
    },
    assumption: {
      maxOccupants: 'People per car, driver included',
      pickupDetourKm: 'Detour per pick-up, each way',
      minDistanceKm: 'Journeys replaced by train from (one way)',
      trainMode: 'Train used',
      railDetourFactor: 'Rail km per road km',
      transferKm: 'Car transfer from the station',
      transferEmptyReturn: 'The transfer car drives back empty',
      connectionWaitMin: 'Waiting and connections per journey',
      sessionsPerDay: 'Sessions per day in one area',
      hopKm: 'Distance between two venues of one area',
      alternativeDays: 'Days in the alternative itinerary',
      onlineShare: 'Share of sessions held online',
      onlineSessionsChosen: 'Sessions chosen to be held online',
      onlineDurationHours: 'Length of an online session',
      onlineVideoFactor: 'Online video',
      electricKinds: 'Journeys switched to an electric car',
      shuttleUptake: 'Share of car-borne audience taking the shuttle',
      shuttleMinDistanceKm: 'Shuttle serves origins from (one way)',
      shuttleRouteDetourFactor: 'Shuttle km per direct road km (pick-up round)',
      shuttleWaitMin: 'Waiting at the pick-up point',
      chargingTime: 'Charging time counted',
    },
    unchanged: {
      carpool:
        'No artists drive to the same session on the same day from homes close enough to share a car: nobody to pick up.',
      carpoolNoCar: 'No artist comes by car: there is no car to share.',
      train:
        'No artist drives {{minDistanceKm}} km or more (one way): no journey is long enough for the train.',
      groupByArea:
        'No team makes several round trips in one area that grouping them into one day would shorten.',
      alternativeItinerary: 'The planner has no alternative itinerary for these sessions.',
      online: 'No workshop with travel to move online (concerts and public events stay in person).',
      electric: 'No artist drives a combustion car: there is nothing to switch to electric.',
      shuttle:
        'No public event has an audience coming by car from {{minDistanceKm}} km or more: nobody for the shuttle.',
      combined: 'None of the combined changes applies to these journeys.',
    },
    note: {
      'session-venue-unknown':
        '{{session}}: venue unknown or not located, travel to the session is not counted.',
      'artist-home-unknown': 'Home of {{artist}} unknown: their travel is not counted.',
      'shared-car':
        '{{occupants}} artists leave {{commune}} for the same sessions: one car is counted.',
      'chained-day': 'Chained day: home, then {{sessions}} venues, then back.',
      'artist-home-at-commune-centre':
        'Home placed at the centre of its municipality (exact address unknown).',
      'artist-carpool-counted-as-car':
        'Car-pooling declared: the whole car is counted (the other passengers are not known).',
      'artist-train-road-km': 'Train: rail km taken equal to road km.',
      'artist-bus-as-coach': 'Bus between municipalities counted as a coach (regional line).',
      'people-from-attendance': 'Participants from attendance (present marks and head counts).',
      'people-from-enrolment': 'Participants from the groups’ lists (attendance not taken yet).',
      'group-size-unknown': 'Group {{group}}: neither list nor expected size, not counted.',
      'group-nobody-listed': 'Group {{group}}: nobody listed yet, not counted.',
      'group-origin-unknown':
        'Group {{group}} ({{people}} people): municipality unknown, travel not counted.',
      'group-on-site': 'Group {{group}} ({{people}} people) on site: no travel.',
      'group-travels-together': 'The group travels together.',
      'audience-counted-at-venue':
        '{{people}} people from an unknown municipality or the venue’s own: counted on site, no travel.',
      'mode-split-door':
        'Modes given at the concert door by {{people}} people (on foot {{walk}}, bike {{bike}}, car {{car}} at {{perCar}} per car, bus {{bus}}, shuttle {{shuttle}}): they replace the assumed split for the audience of known municipality; beyond 2 km on foot or 8 km by bike, those shares go to the other modes.',
      'door-modes-unused':
        'Modes given at the concert door by {{people}} people: no audience of known municipality to apply them to, no trip counted with them.',
      'mode-split-project': 'Transport mode split chosen for the project.',
      'mode-split-rural': 'Default split for a rural municipality (INSEE density grid).',
      'mode-split-urban': 'Default split for an urban municipality (INSEE density grid).',
      'mode-split-area-unknown':
        'Density of the venue’s municipality unknown: rural split by default.',
      'van-km-from-session': 'Van: {{km}} km given for this session.',
      'van-km-from-project': 'Van: {{km}} km per session, the project’s setting.',
      'online-devices':
        'Connected devices: {{groupScreens}} group screens, {{ownDevices}} personal, {{artists}} artists; {{hours}} h.',
      'session-cancelled': 'Session cancelled: nothing is counted.',
      'line-left-out': 'To check: left out of the total until a coordinator confirms it.',
    },
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language must fill, key for key. */
export type CarbonMessages = Widen<typeof en>;
