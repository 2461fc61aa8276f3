// One colour per artist on the map and in the list (always with the name beside it: colour is
// never the only cue); dark enough to stand out on a light background, neighbours far apart in hue.
const COLOURS = [
  '#1d5c58',
  '#a3242b',
  '#8a5a00',
  '#5b2a86',
  '#234f7d',
  '#b3470b',
  '#2f6b1f',
  '#3f4a55',
];

export const artistColour = (index: number) => COLOURS[index % COLOURS.length]!;
