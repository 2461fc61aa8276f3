// ADEME Impact CO2 transport factors (2025 car modelling) and Tutti's online-video factor, as typed data.
//
// Source: ADEME, "Impact CO2" open data (https://impactco2.fr; repository incubateur-ademe/impactco2,
//   src/data/categories/deplacement.ts), built on the Base Carbone / Base Empreinte and ADEME's
//   2025 modelling of the car footprint ("Modélisation de l'empreinte carbone de la voiture - 2025").
// Licence: Licence Ouverte / Etalab 2.0 (ADEME open data).
// Year: 2025. The exact release date of this Impact CO2 data is not recorded in our reference copy,
//   hence `publishedOn: '2025'` rather than an invented day.
// Units: kg CO2e per km. Cars and vans per vehicle-km; every other mode per passenger-km.
// Figures are copied from ../shared/reference/transport-emission-factors.md (5 significant digits).
import type { TransportMode } from '../modes';
import type { FactorSet, ModeFactor, OnlineVideoFactor } from './types';

function perVehicleKm(useKgPerKm: number, buildKgPerKm: number, totalKgPerKm: number): ModeFactor {
  return { unitBasis: 'vehicle-km', useKgPerKm, buildKgPerKm, contrailsKgPerKm: 0, totalKgPerKm };
}

function perPassengerKm(
  useKgPerKm: number,
  buildKgPerKm: number,
  totalKgPerKm: number,
  contrailsKgPerKm = 0,
): ModeFactor {
  return { unitBasis: 'passenger-km', useKgPerKm, buildKgPerKm, contrailsKgPerKm, totalKgPerKm };
}

const transportFactors: Record<TransportMode, ModeFactor> = {
  'car-combustion': perVehicleKm(0.11056, 0.0317, 0.14225),
  'car-electric': perVehicleKm(0.01209, 0.05528, 0.06737),
  van: perVehicleKm(0.23715, 0.08748, 0.32463),
  coach: perPassengerKm(0.03314, 0.00442, 0.03756),
  'bus-combustion': perPassengerKm(0.1135, 0.00892, 0.12242),
  'bus-electric': perPassengerKm(0.0095, 0.0122, 0.0217),
  'train-regional': perPassengerKm(0.0229, 0.00479, 0.02769),
  'train-intercity': perPassengerKm(0.0058, 0.00318, 0.00898),
  'train-high-speed': perPassengerKm(0.0023, 0.00063, 0.00293),
  tram: perPassengerKm(0.0038, 0.00048, 0.00428),
  metro: perPassengerKm(0.0042, 0.00024, 0.00444),
  'e-bike': perPassengerKm(0.00223, 0.00872, 0.01095),
  bike: perPassengerKm(0, 0.00017, 0.00017),
  walking: perPassengerKm(0, 0, 0),
  // Short haul (< 1000 km): the 0.101 kg of contrails is ADEME's non-CO2 effect, kept apart.
  'plane-short-haul': perPassengerKm(0.1232, 0.000372, 0.2246, 0.101),
};

/**
 * Online video: an order of magnitude, not a measured figure. We could not verify a single
 * authoritative value, so we state what we found and round to one significant digit:
 * - ADEME Impact CO2 at its 2022 launch (as reported by TF1 Info, November 2022): 728 hours of
 *   video conferencing on a laptop emit about 6 kg CO2e, i.e. about 0.008 kg per hour.
 * - The Impact CO2 data file (incubateur-ademe/impactco2, src/data/categories/usagenumerique.ts,
 *   from NegaOctet data) gives 0.0571 kg for "Visioconférence" under its default settings (laptop,
 *   SD video, fixed network, 180 minutes, 2 locations). We could not confirm whether that is per
 *   hour or for the whole default setting; read as the latter it is about 0.0095 kg per
 *   location-hour.
 * - Much higher figures exist (Obringer et al. 2021: 0.15 to 1 kg per hour of video call,
 *   network and data centres, depending on quality); they are disputed and not used here.
 * Even at ten times our value, an hour online stays below one car-kilometre (0.142 kg).
 */
export const ONLINE_VIDEO_2025: OnlineVideoFactor = {
  kgPerDeviceHour: 0.01,
  source:
    'Order of magnitude from ADEME Impact CO2 (NegaOctet data): about 0.008 to 0.0095 kg CO2e per device-hour of video conference on a laptop over a fixed network; rounded to 0.01. Not verified to more than one significant digit.',
  note: 'Covers the device (manufacture share and use), the network and data centres for one connected device during one hour. Uncertain by a factor of two or more.',
};

/** The built-in factor set: ADEME Impact CO2, 2025 car modelling. */
export const ADEME_2025: FactorSet = {
  version: 'ademe-impactco2-2025',
  publishedOn: '2025',
  source:
    'ADEME, Impact CO2 open data (incubateur-ademe/impactco2, src/data/categories/deplacement.ts), from the Base Carbone / Base Empreinte and the 2025 car-footprint modelling',
  licence: 'Licence Ouverte / Etalab 2.0',
  factors: transportFactors,
  onlineVideo: ONLINE_VIDEO_2025,
};
