// Where resumable uploads collect their bytes before processing: a folder next to the files
// (on the machine that receives them, also when the published files go to S3).
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../../platform/config';

export function stagingDir(config: Pick<Config, 'filesDir'>) {
  return join(config.filesDir, '.uploads');
}

export function stagedUploadPath(config: Pick<Config, 'filesDir'>, mediaId: string) {
  return join(stagingDir(config), mediaId);
}

/** The bytes and the tus metadata of an upload. */
export async function removeStagedUpload(config: Pick<Config, 'filesDir'>, mediaId: string) {
  const path = stagedUploadPath(config, mediaId);
  await Promise.all([rm(path, { force: true }), rm(`${path}.json`, { force: true })]);
}
