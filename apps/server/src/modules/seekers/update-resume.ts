import type { Resume, UpdateResumeInput } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { mapResume } from './get-resume';
import { getSeekerProfile } from './get-seeker-profile';
import { upsertResume } from './seekers.repository';

export interface UpdateResumeOptions {
  accountId: string;
  /** Parsed by the shared schema: basic information is not part of it, so it cannot change here. */
  resume: z.output<typeof UpdateResumeInput>;
}

/** Seed 000 §二.2: the seeker edits the resume's own sections; 基本信息由人社部门提供. */
export async function updateResume(ctx: AppContext, options: UpdateResumeOptions): Promise<Resume> {
  const basic = await getSeekerProfile(ctx, options);
  const row = await upsertResume(ctx.db, options.accountId, options.resume);
  return mapResume(basic, row);
}
