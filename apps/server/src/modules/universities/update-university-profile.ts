import type { UniversityProfile, UpdateUniversityProfileInput } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { requireFound, type UniversityAdmin } from '../../plugins/access';
import { mapUniversityProfile, UNIVERSITY_NOT_FOUND } from './map-university';
import { lockUniversity, updateUniversity } from './universities.repository';

export type UpdateUniversityProfileOptions = z.output<typeof UpdateUniversityProfileInput> & {
  admin: UniversityAdmin;
};

/** 高校信息 > 保存: the admin's changes are in force at once (name and code stay the platform's). */
export async function updateUniversityProfile(
  ctx: AppContext,
  options: UpdateUniversityProfileOptions,
): Promise<UniversityProfile> {
  const { admin, ...values } = options;
  const row = await ctx.db.transaction(async (tx) => {
    requireFound(await lockUniversity(tx, admin.universityId), UNIVERSITY_NOT_FOUND);
    return updateUniversity(tx, admin.universityId, values);
  });
  return mapUniversityProfile(row, true);
}
