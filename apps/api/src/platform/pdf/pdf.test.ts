import { describe, expect, it } from 'vitest';
import { readPdf, rolesOf } from '../../testing/pdf-reading';
import { pdfFacts, pdfHeading, pdfTable, renderPdf } from './index';

const rows = Array.from({ length: 90 }, (_, i) => [`Séance ${i + 1}`, `${i % 7} présents`]);

async function longDocument() {
  return readPdf(
    await renderPdf({
      title: 'Essai',
      author: 'Tutti',
      language: 'de',
      blocks: [
        { kind: 'heading', level: 1, text: 'Titel' },
        pdfFacts([['Zeitraum', '2026']]),
        pdfHeading('Termine'),
        pdfTable(['Termin', 'Anwesend'], rows),
        { kind: 'heading', level: 3, text: 'Anmerkungen' },
        { kind: 'list', items: ['eins', 'zwei'] },
      ],
      footer: (page, pages) => ({ left: 'Fußzeile', right: `Seite ${page} von ${pages}` }),
    }),
  );
}

describe('tagged PDF printer', () => {
  it('runs a long table over pages, repeating its header as an artifact, not as content', async () => {
    const read = await longDocument();
    expect(read.pages.length).toBeGreaterThanOrEqual(2);
    // The header is printed on every page the table covers...
    for (const page of read.pages) expect(page.text).toContain('Termin');
    // ...but read once: the structure holds the two column headers and the facts' row header.
    expect(read.elementCounts).toMatchObject({ TH: 3, TD: 2 * rows.length + 1 });
    expect(read.elementCounts.TR).toBe(rows.length + 2);
    expect(read.pages.at(-1)!.text).toContain('Séance 90');
  });

  it('keeps footers out of the structure, bookmarks level 2 and 3 headings, and sets the language', async () => {
    const read = await longDocument();
    expect(read).toMatchObject({ marked: true, language: 'de', title: 'Essai', pdfUa: true });
    expect(read.bookmarks).toEqual([
      { title: 'Termine', items: [{ title: 'Anmerkungen', items: [] }] },
    ]);
    expect(read.pages[0]!.text).toContain(`Seite 1 von ${read.pages.length}`);
    const roles = new Set(read.pages.flatMap((p) => (p.structure ? rolesOf(p.structure) : [])));
    expect([...roles]).toEqual(
      expect.arrayContaining(['Document', 'H1', 'H2', 'H3', 'Table', 'TR', 'TH', 'TD', 'L', 'LI']),
    );
    expect(read.fontsEmbedded).toBe(true);
  });
});
