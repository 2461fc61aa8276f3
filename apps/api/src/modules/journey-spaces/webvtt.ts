// A WebVTT file checked with the W3C's parser (webvtt-parser): the errors it finds, each with its
// line, and the number of cues. Cue text is kept as given: browsers render it as text, never HTML.
import webvtt from 'webvtt-parser';

export type WebVttCheck = { cueCount: number; errors: { line: number; message: string }[] };

export function checkWebVtt(text: string): WebVttCheck {
  const parsed = new webvtt.WebVTTParser().parse(text, 'subtitles');
  return {
    cueCount: parsed.cues.length,
    errors: parsed.errors.map((error) => ({ line: error.line, message: error.message })),
  };
}
