import type { Executor } from '../../db/client';
import { insertJoinRequest } from './join-requests.repository';

export interface SubmitJoinRequestOptions {
  companyId: string;
  applicantAccountId: string;
  applicantDepartment: string;
}

/** 申请加入公司, in the sign-up's transaction (the applicant's account is created with it). */
export async function submitJoinRequest(
  tx: Executor,
  options: SubmitJoinRequestOptions,
): Promise<{ id: string }> {
  return insertJoinRequest(tx, options);
}
