// Who sees and manages the organisation's media files (recordings, scores, images, documents).
import { definePolicy } from './define';

export const mediaPolicy = definePolicy({
  /** Play and download published media: everyone in the organisation. */
  read: ['admin', 'coordinator', 'artist', 'relay', 'viewer'],
  /** Upload and delete media, and follow their processing (the Médias page). */
  manage: ['admin', 'coordinator'],
  /**
   * Upload a recording (audio or video) through the resumable upload, to add it to a session's
   * journey space; artists resume only the uploads they started.
   */
  uploadRecording: ['admin', 'coordinator', 'artist'],
  /** See the organisation's storage quota and how much of it is used. */
  readUsage: ['admin'],
});
