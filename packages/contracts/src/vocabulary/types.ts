// The shape of the vocabulary: the domain's terms that the web app, the API's pages and every
// export show (session kinds and statuses, roles, transport modes, yes and no, the kinds and
// licences of the resources of journey spaces).

import type { TransportMode } from '../artists';
import type { Role } from '../common';
import type {
  EnsembleKind,
  EnsembleLevel,
  EnsemblePart,
  LearningTool,
  MusicGenre,
  WeekdayCode,
} from '../directory';
import type { AudienceMode } from '../door';
import type { AgeBand } from '../groups';
import type { SpaceLicence, SpaceResourceKind } from '../journey-spaces';
import type { SessionKind, SessionStatus } from '../sessions';

export type Vocabulary = {
  sessionKind: Record<SessionKind, string>;
  sessionStatus: Record<SessionStatus, string>;
  role: Record<Role, string>;
  transportMode: Record<TransportMode, string>;
  /** How the audience came to a concert, as the door asks it. */
  audienceMode: Record<AudienceMode, string>;
  ensembleKind: Record<EnsembleKind, string>;
  ensembleLevel: Record<EnsembleLevel, string>;
  /** Voice parts and instruments, in the plural: "tenors wanted". */
  ensemblePart: Record<EnsemblePart, string>;
  musicGenre: Record<MusicGenre, string>;
  learningTool: Record<LearningTool, string>;
  ageBand: Record<AgeBand, string>;
  weekday: Record<WeekdayCode, string>;
  /** What a resource of a journey space is (audio, score, lyrics…). */
  spaceResourceKind: Record<SpaceResourceKind, string>;
  /** The licence a resource is shared under. */
  spaceLicence: Record<SpaceLicence, string>;
  /** A true or false value written out (exports, tables). */
  boolean: { yes: string; no: string };
};
