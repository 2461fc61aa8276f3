// French strings of the singers' pages (their own page, practice).
export const singerFr = {
  singer: {
    title: 'Ma page de choriste',
  },
};
