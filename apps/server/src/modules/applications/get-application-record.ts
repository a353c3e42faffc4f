import type { ApplicationRecord } from '@openrecruit/shared';
import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { findLatestInterview, findRecord } from './applications.repository';
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
  const row = await findRecord(db, options.applicationId, { seekerAccountId: options.seekerAccountId });
  if (!row) throw new AppError('NOT_FOUND');
  return mapApplicationRecord(row, await findLatestInterview(db, row.application.id));
}
