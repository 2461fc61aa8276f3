// Easy-to-read writing (FALC) keeps sentences short: the ones over the limit, for the coordinator
// to shorten while writing the space's summary.
export const EASY_READ_MAX_WORDS = 15;

/** The sentences (split at . ! ? and line ends) of more than `maxWords` words. */
export function longSentences(text: string, maxWords = EASY_READ_MAX_WORDS) {
  return text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(/\s+/).filter(Boolean).length > maxWords);
}
