-- A singer's recording for their section leader is private: its file takes the `audition` use,
-- which the media routes never list nor serve; the choirs module serves it to the singer, the
-- leader of their part and the conductors. Recordings sent before this change had `recording`.
UPDATE "files" SET "use" = 'audition'
WHERE "use" <> 'audition' AND "id" IN (SELECT "file_id" FROM "choir_recordings");
