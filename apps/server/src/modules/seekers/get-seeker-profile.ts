import type { SeekerProfile } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { findSeekerProfile, type SeekerProfileRow } from './seekers.repository';

export interface GetSeekerProfileOptions {
  accountId: string;
}

/** Seed 000 §二: basic information from the authority, numbers masked. */
export function mapSeekerProfile(row: SeekerProfileRow): SeekerProfile {
  return {
    name: row.name,
    sex: row.sex,
    birthDate: row.birthDate,
    idNumberMasked: row.idNumberMasked,
    householdRegistration: row.householdRegistration,
    mobileMasked: row.mobileMasked,
    education: row.education as SeekerProfile['education'],
    politicalStatus: row.politicalStatus as SeekerProfile['politicalStatus'],
    profileCompleted: row.profileCompletedAt !== null,
  };
}

export async function getSeekerProfile(ctx: AppContext, options: GetSeekerProfileOptions) {
  const row = await findSeekerProfile(ctx.db, options.accountId);
  if (!row) throw new AppError('NOT_FOUND');
  return mapSeekerProfile(row);
}
