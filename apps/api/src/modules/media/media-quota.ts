// The organisation's media quota: every stored upload counts, whatever route brought it in.
import type { Executor } from '@tutti/db';
import { AppError } from '../../platform/errors';
import * as files from './media.repository';

export function quotaExceeded(usedBytes: number, quotaBytes: number, field: string) {
  return new AppError(
    'MEDIA.QUOTA_EXCEEDED',
    "This file would exceed the organisation's storage quota",
    {
      fields: [{ path: field, message: 'More than the space left' }],
      details: { usedBytes, quotaBytes },
    },
  );
}

/**
 * Refuses `bytes` more than the space left. With `lock`, quota decisions of the organisation are
 * taken one at a time until the transaction ends (the insert that follows is the decision);
 * without, it is a check before reading a body, so that a file over the quota costs nothing.
 */
export async function requireMediaSpace(
  tx: Executor,
  orgId: string,
  {
    bytes,
    defaultQuotaBytes,
    field,
    lock,
  }: {
    bytes: number;
    defaultQuotaBytes: number;
    field: string;
    lock: boolean;
  },
) {
  const used = lock ? await files.lockedUsage(tx, orgId) : await files.usage(tx, orgId);
  const quotaBytes = used.quotaBytes ?? defaultQuotaBytes;
  if (used.usedBytes + bytes > quotaBytes) throw quotaExceeded(used.usedBytes, quotaBytes, field);
}
