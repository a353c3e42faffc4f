import type { JoinRequest } from '@openrecruit/shared';
import type { JoinRequestRow } from './join-requests.repository';

export function mapJoinRequest({ request, applicant }: JoinRequestRow): JoinRequest {
  return {
    id: request.id,
    applicant: {
      name: applicant.name,
      department: request.applicantDepartment,
      mobileMasked: applicant.mobileMasked ?? '',
    },
    submittedAt: request.createdAt.toISOString(),
    state: request.state,
  };
}
