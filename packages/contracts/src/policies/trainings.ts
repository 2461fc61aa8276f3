// Who does what with the organisation's trainings for relay persons and artists.
import { definePolicy } from './define';

export const trainingsPolicy = definePolicy({
  /** See trainings, their half-days and who enrolled (trainers take the sign-in on a phone). */
  read: ['admin', 'coordinator', 'artist'],
  /** Create trainings, enrol trainees and trainers, print certificates. */
  manage: ['admin', 'coordinator'],
  /** Take a half-day's sign-in (offline), as the trainer or the organiser. */
  sign: ['admin', 'coordinator', 'artist'],
});
