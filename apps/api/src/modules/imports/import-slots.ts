// How many import files this process reads at once: a few per organisation and a few in all, so
// that one organisation's uploads can neither take the server's memory nor hold up the others.
import { AppError } from '../../platform/errors';

export type ImportSlots = {
  /** Runs `work` in a free slot of the organisation, or refuses at once with 429. */
  run<T>(orgId: string, work: () => Promise<T>): Promise<T>;
};

function busy(scope: 'organisation' | 'server', limit: number) {
  const message =
    scope === 'organisation'
      ? `This organisation already has ${limit} import(s) being read, the most at once; send the file again when it ends`
      : `The server is already reading ${limit} imports, the most at once; send the file again in a moment`;
  return new AppError('IMPORT.BUSY', message, {
    details: {
      limit: scope === 'organisation' ? 'importsPerOrganisation' : 'importsAtOnce',
      max: limit,
    },
  });
}

export function importSlots(limits: { perOrganisation: number; atOnce: number }): ImportSlots {
  const byOrganisation = new Map<string, number>();
  let inAll = 0;
  return {
    async run(orgId, work) {
      const mine = byOrganisation.get(orgId) ?? 0;
      if (mine >= limits.perOrganisation) throw busy('organisation', limits.perOrganisation);
      if (inAll >= limits.atOnce) throw busy('server', limits.atOnce);
      byOrganisation.set(orgId, mine + 1);
      inAll++;
      try {
        return await work();
      } finally {
        inAll--;
        const left = (byOrganisation.get(orgId) ?? 1) - 1;
        if (left === 0) byOrganisation.delete(orgId);
        else byOrganisation.set(orgId, left);
      }
    },
  };
}
