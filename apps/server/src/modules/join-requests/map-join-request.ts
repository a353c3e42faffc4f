import { type JoinRequest, maskMobile } from '@openrecruit/shared';
import type { JoinRequestRow } from './join-requests.repository';

export function mapJoinRequest({ request, applicant }: JoinRequestRow): JoinRequest {
  return {
    id: request.id,
    applicant: {
      name: applicant.name,
      department: request.applicantDepartment,
      mobileMasked: maskMobile(applicant.loginName ?? ''),
    },
    submittedAt: request.createdAt.toISOString(),
    state: request.state,
  };
}
