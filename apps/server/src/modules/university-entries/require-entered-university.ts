import type { AppContext } from '../../context';
import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { requireFound } from '../../plugins/access';
import { entryStateOf, newestPerUniversity } from './entry-state';
import { findEntryRequestRows, findUniversityRows } from './university-entries.repository';

export interface RequireEnteredUniversityOptions {
  companyId: string;
  universityId: string;
  /** The caller's transaction, when the check belongs to it. */
  tx?: Executor;
}

/**
 * The campus modules (宣讲会, 双选会, 招聘简章, 云宣讲) are open only at a university the company
 * entered (campus issue §3): an unknown university is 404, one not entered 409 telling the company
 * to 入驻 first.
 */
export async function requireEnteredUniversity(
  ctx: Pick<AppContext, 'db'>,
  options: RequireEnteredUniversityOptions,
): Promise<{ id: string; name: string }> {
  const db = options.tx ?? ctx.db;
  const [university] = await findUniversityRows(db, [options.universityId]);
  requireFound(university, '高校不存在');
  const newest = newestPerUniversity(
    await findEntryRequestRows(db, options.companyId, [options.universityId]),
  );
  if (entryStateOf(newest.get(options.universityId)?.state) !== 'entered')
    throw new AppError(
      'UNIVERSITY_NOT_ENTERED',
      `贵单位尚未入驻${university!.name}，请先在“校园招聘 > 入驻高校”中申请入驻`,
    );
  return { id: university!.id, name: university!.name };
}
