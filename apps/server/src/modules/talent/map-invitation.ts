import {
  EDUCATION_LEVELS,
  type EmployerInvitation,
  INVITATION_STATE_LABELS,
  labelOf,
  type SeekerInvitation,
} from '@openrecruit/shared';
import { ageOn } from '../../lib/shanghai-time';
import type { findCompanyInvitations, SeekerInvitationRow } from './invitations.repository';
import { newestEducations, parseResume, politeName } from './map-talent';

type CompanyInvitationRow = Awaited<ReturnType<typeof findCompanyInvitations>>['rows'][number];

export function mapEmployerInvitation(row: CompanyInvitationRow, today: string): EmployerInvitation {
  const { invitation, seeker } = row;
  const educations = row.educations
    ? newestEducations(
        parseResume({ educations: row.educations, experiences: [], skills: [], jobIntention: null })
          .educations,
      )
    : [];
  // Once the student accepted, the resume is in 简历管理 under the real name; before, 陈先生 / 陈女士.
  const accepted = invitation.state === 'accepted';
  return {
    id: invitation.id,
    talent: {
      seekerAccountId: invitation.seekerAccountId,
      displayName: accepted ? seeker.name : politeName(seeker.name, seeker.sex),
      sex: seeker.sex,
      age: ageOn(seeker.birthDate, today),
      educationLabel: labelOf(EDUCATION_LEVELS, seeker.education ?? educations[0]?.education) ?? null,
      school: educations[0]?.school ?? null,
    },
    job: row.job,
    message: invitation.message,
    state: invitation.state,
    stateLabel: INVITATION_STATE_LABELS[invitation.state],
    invitedBy: row.invitedBy,
    createdAt: invitation.createdAt.toISOString(),
    answeredAt: invitation.answeredAt ? invitation.answeredAt.toISOString() : null,
    applicationId: invitation.applicationId,
  };
}

export function mapSeekerInvitation(row: SeekerInvitationRow): SeekerInvitation {
  const { invitation, job } = row;
  return {
    id: invitation.id,
    company: { name: row.companyName },
    job: {
      id: job.id,
      title: job.title,
      salaryMin: job.salaryMin,
      salaryMax: job.salaryMax,
      recruiting: job.state === 'recruiting' && job.deletedAt === null,
    },
    message: invitation.message,
    state: invitation.state,
    stateLabel: INVITATION_STATE_LABELS[invitation.state],
    createdAt: invitation.createdAt.toISOString(),
    answeredAt: invitation.answeredAt ? invitation.answeredAt.toISOString() : null,
    applicationId: invitation.applicationId,
  };
}
