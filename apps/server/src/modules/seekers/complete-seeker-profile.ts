import type { CompleteSeekerProfileInput, SeekerProfile } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { mapSeekerProfile } from './get-seeker-profile';
import { completeSeekerProfileOnce } from './seekers.repository';

export interface CompleteSeekerProfileOptions extends CompleteSeekerProfileInput {
  accountId: string;
}

/**
 * Seed 000 §三.2: 学历 and 政治面貌 are chosen once; 上述信息提交成功后无法在 APP 中修改 — a second
 * submission, even with the same values, is refused and changes nothing.
 */
export async function completeSeekerProfile(
  ctx: AppContext,
  options: CompleteSeekerProfileOptions,
): Promise<SeekerProfile> {
  const row = await completeSeekerProfileOnce(ctx.db, options.accountId, {
    education: options.education,
    politicalStatus: options.politicalStatus,
  });
  if (!row) throw new AppError('PROFILE_LOCKED');
  return mapSeekerProfile(row);
}
