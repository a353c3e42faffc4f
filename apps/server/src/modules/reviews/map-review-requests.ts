import type { ReviewRequest } from '@openrecruit/shared';
import type { Executor } from '../../db/client';
import { verificationFieldsOf } from '../company-settings/verification-fields';
import { reviewKindOf } from './kinds';
import type { ReviewRecord } from './review-kind';
import { findCompanyAdmins, findStoredFiles, type ReviewListRow } from './reviews.repository';

// Rows → the queue's items: the engine's common part (applicant, files, decision) around what each
// kind shows. Never a row to the client.

const fileIdsOf = (payload: Record<string, unknown>): string[] =>
  Array.isArray(payload.fileIds) ? payload.fileIds.filter((id): id is string => typeof id === 'string') : [];

export async function mapReviewRequests(
  db: Executor,
  rows: ReviewListRow[],
  now = new Date(),
): Promise<ReviewRequest[]> {
  const files = await findStoredFiles(db, [
    ...new Set(rows.flatMap((row) => fileIdsOf(row.request.payload))),
  ]);
  const companyIds = [...new Set(rows.flatMap((row) => (row.company ? [row.company.id] : [])))];
  const admins = await findCompanyAdmins(db, companyIds);
  return rows.map(({ request, applicant, company, deciderName }) => {
    const kind = reviewKindOf(request.kind);
    const shown = kind.show(request as ReviewRecord, {
      applicant: { name: applicant.name },
      company: company ? { id: company.id, ...verificationFieldsOf(company) } : null,
      currentAdminName:
        admins.find((admin) => admin.companyId === company?.id && admin.id !== request.applicantAccountId)
          ?.name ?? null,
    });
    const mobileMasked = applicant.mobileMasked ?? '';
    return {
      id: request.id,
      kind: request.kind,
      subjectId: request.subjectId,
      kindLabel: kind.label,
      state: request.state,
      submittedAt: request.createdAt.toISOString(),
      dueAt: request.dueAt?.toISOString() ?? null,
      applicant: { name: applicant.name, department: shown.applicantDepartment, mobileMasked },
      company: shown.company,
      currentCompany: shown.currentCompany,
      files: fileIdsOf(request.payload).flatMap((id) => {
        const file = files.find((f) => f.id === id);
        return file
          ? [
              {
                id: file.id,
                name: file.originalName,
                contentType: file.contentType,
                // Each reviewer reads the files through their own console's route.
                url: `/api/${request.reviewerKind === 'university' ? 'university' : 'ops'}/files/${file.id}`,
              },
            ]
          : [];
      }),
      view: {
        ...shown.view,
        sections: [
          ...shown.view.sections,
          {
            title: '申请人',
            fields: [
              { label: '用户姓名', value: applicant.name },
              ...(shown.applicantDepartment ? [{ label: '所属部门', value: shown.applicantDepartment }] : []),
              { label: '联系手机', value: mobileMasked },
            ],
          },
        ],
      },
      decidedBy: deciderName ?? null,
      decidedAt: request.decidedAt?.toISOString() ?? null,
      reason: request.reason,
      overdue: request.state === 'pending' && request.dueAt !== null && request.dueAt < now,
    };
  });
}
