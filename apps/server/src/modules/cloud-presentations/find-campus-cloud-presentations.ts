import type { PageQuery, PublicCloudPresentationPage } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { pageOf } from '../../lib/paging';
import type { SeekerCaller } from '../../plugins/access';
import { findStudentUniversity } from '../campus-students/student-university';
import { findPublicCloudPresentations } from './find-public-cloud-presentations';

export interface FindCampusCloudPresentationsOptions {
  seeker: SeekerCaller;
  query: PageQuery;
}

/** 校园 > 云宣讲: the approved 云宣讲 of the university the student studies at (none otherwise). */
export async function findCampusCloudPresentations(
  ctx: AppContext,
  options: FindCampusCloudPresentationsOptions,
): Promise<PublicCloudPresentationPage> {
  const university = await findStudentUniversity(ctx.db, options.seeker.accountId);
  if (!university) return pageOf(options.query, [], 0);
  return findPublicCloudPresentations(ctx, { universityId: university.id, query: options.query });
}
