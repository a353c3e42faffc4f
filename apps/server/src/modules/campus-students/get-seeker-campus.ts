import type { SeekerCampus } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { SeekerCaller } from '../../plugins/access';
import { findStudentUniversity } from './student-university';

export interface GetSeekerCampusOptions {
  seeker: SeekerCaller;
}

/** 校园's entry: is the seeker a student (a current education at a platform university), and where. */
export async function getSeekerCampus(
  ctx: AppContext,
  options: GetSeekerCampusOptions,
): Promise<SeekerCampus> {
  const university = await findStudentUniversity(ctx.db, options.seeker.accountId);
  return { student: university !== null, university };
}
