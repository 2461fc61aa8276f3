// Map popup content built as DOM text: names come from users and files, never as HTML.
export function mapPopup(title: string, lines: string[]) {
  const root = document.createElement('div');
  const heading = document.createElement('strong');
  heading.textContent = title;
  root.append(heading);
  for (const line of lines) {
    const p = document.createElement('p');
    p.textContent = line;
    root.append(p);
  }
  return root;
}
