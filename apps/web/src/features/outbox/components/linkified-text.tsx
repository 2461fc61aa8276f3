// Plain text with its web addresses made clickable (never any HTML from the text itself).
const urlPattern = /(https?:\/\/[^\s<>"]+)/g;

export function LinkifiedText({ text }: { text: string }) {
  const parts = text.split(urlPattern);
  return (
    <>
      {parts.map((part, index) =>
        // split() with a capture group puts the addresses at odd positions.
        index % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of a fixed text never move
          <a key={index} href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}
