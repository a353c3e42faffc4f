import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { isUniqueViolation } from '../../lib/pg-errors';
import { findUniversityCampusNames } from './campus-venues.repository';

// What every room keeps to: its campus is one of 高校信息 > 校区 ('' when none is listed), and a
// name is used once per campus.

export async function checkVenueCampus(db: Executor, universityId: string, campus: string) {
  const campuses = await findUniversityCampusNames(db, universityId);
  const allowed = campuses.length === 0 ? campus === '' : campuses.includes(campus);
  if (!allowed)
    throw new AppError('VALIDATION_FAILED', '请选择本校的校区（在“高校信息”中维护）', {
      fields: [{ field: 'campus', reason: '请选择本校的校区（在“高校信息”中维护）' }],
    });
}

/** The unique index of (university, campus, name) as a clear 409. */
export function venueNameConflict(error: unknown): unknown {
  return isUniqueViolation(error) ? new AppError('VENUE_NAME_TAKEN') : error;
}
