// Colours of the access score (sequential, colour-blind safe) and circle sizes by population.

/** Five classes of 20 points, light (well served) to dark red (far from live music). */
export const SCORE_CLASSES = [
  { from: 0, to: 20, colour: '#ffffb2' },
  { from: 20, to: 40, colour: '#fecc5c' },
  { from: 40, to: 60, colour: '#fd8d3c' },
  { from: 60, to: 80, colour: '#f03b20' },
  { from: 80, to: 100, colour: '#bd0026' },
] as const;

export function scoreColour(score: number): string {
  const index = Math.min(SCORE_CLASSES.length - 1, Math.max(0, Math.floor(score / 20)));
  return SCORE_CLASSES[index]!.colour;
}

/** Area proportional to population: radius grows with its square root, 3 to 18 px. */
export function populationRadius(population: number, largest: number): number {
  if (largest <= 0) return 3;
  return 3 + 15 * Math.sqrt(Math.max(0, population) / largest);
}
