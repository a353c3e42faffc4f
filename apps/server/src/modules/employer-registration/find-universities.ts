import type { UniversityOption } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { findUniversityOptions } from './registration.repository';

/** 入驻高校: every university a company may ask to enter, by name. */
export async function findUniversities(ctx: AppContext): Promise<UniversityOption[]> {
  return findUniversityOptions(ctx.db);
}
