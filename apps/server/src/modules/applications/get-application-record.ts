import type { ApplicationRecord } from '@openrecruit/shared';
import type { Executor } from '../../db/client';
import { findLatestInterviewRound, getOwnedRecord } from './application-thread';
import { mapApplicationRecord } from './map-application';

export interface GetApplicationRecordOptions {
  seekerAccountId: string;
  applicationId: string;
}

/** One of the seeker's own applications; anyone else's is not found (never a hint that it exists). */
export async function getApplicationRecord(
  db: Executor,
  options: GetApplicationRecordOptions,
): Promise<ApplicationRecord> {
  const row = await getOwnedRecord(db, { seekerAccountId: options.seekerAccountId }, options.applicationId);
  return mapApplicationRecord(row, await findLatestInterviewRound(db, row.application.id));
}
