// Average door-to-door speeds per mode, used to turn kilometres into travel time.
import type { TransportMode } from '../modes';

/**
 * Tutti's assumptions, not survey figures: speeds on rural departmental roads and regional
 * lines, stops included. A leg's own duration (from the planner) always wins over these.
 * Change them per call where better local knowledge exists.
 */
export const DEFAULT_SPEEDS_KMH: Readonly<Record<TransportMode, number>> = {
  'car-combustion': 60,
  'car-electric': 60,
  van: 55,
  coach: 50,
  'bus-combustion': 25,
  'bus-electric': 25,
  'train-regional': 60,
  'train-intercity': 100,
  'train-high-speed': 200,
  tram: 18,
  metro: 25,
  'e-bike': 18,
  bike: 14,
  walking: 4.5,
  // Gate to gate only; airport access is a separate trip.
  'plane-short-haul': 450,
};
