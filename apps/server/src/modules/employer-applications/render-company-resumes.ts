import {
  APPLICATION_SOURCES,
  EDUCATION_LEVELS,
  labelOf,
  POLITICAL_STATUSES,
  WORK_AREAS,
  WORK_NATURES,
} from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { ageOn, shanghaiDate } from '../../lib/shanghai-time';
import { type CompanyMember, notFound } from '../../plugins/access';
import { recordSecurityEvent } from '../identity/security-events';
import {
  type ApplicationWithResume,
  findCompanyApplications,
  findCompanyName,
} from './employer-applications.repository';
import { mapStoredResume } from './map-company-application';
import { type ResumeDocument, renderResumePdf } from './resume-pdf';

// The resumes as files, shared by 下载简历 (one PDF) and 批量下载 (a zip of PDFs).

export interface RenderCompanyResumesOptions {
  member: CompanyMember;
  /** Distinct ids (the input schema holds the limit). */
  ids: string[];
  ip: string;
}

export interface DownloadedFile {
  filename: string;
  bytes: Uint8Array;
}

const SEX_LABELS = { M: '男', F: '女' } as const;

/** 'YYYY-MM-DD HH:mm' in Shanghai. */
function shanghaiMinute(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

const month = (value: string | null) => (value ? value.replace('-', '.') : '至今');

function resumeDocument(row: ApplicationWithResume, mobile: string, companyName: string): ResumeDocument {
  const resume = row.resume ? mapStoredResume(row.resume) : null;
  const intention = resume?.jobIntention;
  const salary =
    intention && (intention.salaryMin !== null || intention.salaryMax !== null)
      ? `${intention.salaryMin ?? '面议'} - ${intention.salaryMax ?? '面议'} 元/月`
      : null;
  const now = new Date();
  return {
    name: row.seeker.name,
    sexLabel: SEX_LABELS[row.seeker.sex],
    age: ageOn(row.seeker.birthDate, shanghaiDate(now)),
    educationLabel: labelOf(EDUCATION_LEVELS, row.seeker.education) ?? null,
    householdRegistration: row.contact.householdRegistration,
    politicalStatusLabel: labelOf(POLITICAL_STATUSES, row.contact.politicalStatus) ?? null,
    mobile,
    jobTitle: row.job.title,
    companyName,
    appliedAt: shanghaiMinute(row.application.createdAt),
    sourceLabel: labelOf(APPLICATION_SOURCES, row.application.source) ?? '投递',
    educations: (resume?.educations ?? []).map((item) => ({
      period: `${month(item.startMonth)} - ${month(item.endMonth)}`,
      school: item.school,
      major: item.major,
      educationLabel: labelOf(EDUCATION_LEVELS, item.education) ?? '',
    })),
    experiences: (resume?.experiences ?? []).map((item) => ({
      period: `${month(item.startMonth)} - ${month(item.endMonth)}`,
      company: item.company,
      title: item.title,
      description: item.description,
    })),
    skills: resume?.skills ?? [],
    certificates: (resume?.certificates ?? []).map((item) => ({
      name: item.name,
      issued: item.issuedMonth ? month(item.issuedMonth) : '',
    })),
    intention: intention
      ? ([
          ['期望职位', intention.occupations.join('、')],
          [
            '期望地区',
            intention.workAreas.map((code) => labelOf(WORK_AREAS, code) ?? code).join('、') || '不限',
          ],
          ['工作性质', labelOf(WORK_NATURES, intention.workNature) ?? '不限'],
          ['期望薪资', salary ?? '面议'],
        ] satisfies Array<[string, string]>)
      : [],
    selfIntroduction: resume?.selfIntroduction ?? '',
    exportedAt: shanghaiMinute(now),
  };
}

// Names as Windows, macOS and unzip accept them; the zip keeps them in UTF-8.
function safeFilename(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\p{Cc}]/gu, '').trim();
  return cleaned.slice(0, 80) || '简历';
}

/**
 * The PDFs of the company's applications, in the order asked, named `<姓名>-<职位>.pdf` (a second
 * file of the same name gets “(2)”). One id that is not the company's makes the whole request 404.
 * Each resume handed over is a reading of the applicant's contact details, audited as one.
 * PDFs are made one after another, yielding between them, so other requests are not held up.
 */
export async function renderCompanyResumes(
  ctx: AppContext,
  options: RenderCompanyResumesOptions,
): Promise<DownloadedFile[]> {
  const { member, ids } = options;
  const rows = await findCompanyApplications(ctx.db, member.companyId, ids);
  if (rows.length !== ids.length) throw notFound();
  const companyName = await findCompanyName(ctx.db, member.companyId);
  const byId = new Map(rows.map((row) => [row.application.id, row]));
  const used = new Map<string, number>();
  const files: DownloadedFile[] = [];
  for (const id of ids) {
    const row = byId.get(id)!;
    const mobile = ctx.cipher.decrypt(row.contact.mobileEnc);
    const bytes = await renderResumePdf(resumeDocument(row, mobile, companyName ?? ''));
    const base = safeFilename(`${row.seeker.name}-${row.job.title}`);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    files.push({ filename: n === 1 ? `${base}.pdf` : `${base}(${n}).pdf`, bytes });
    await new Promise((resolve) => setImmediate(resolve));
  }
  await recordSecurityEvent(ctx, {
    kind: 'personal_data_read',
    accountId: member.accountId,
    ip: options.ip,
    detail: {
      resumeDownload: true,
      applications: rows.map((row) => ({
        applicationId: row.application.id,
        seekerAccountId: row.application.seekerAccountId,
      })),
      fields: ['mobile'],
    },
  });
  return files;
}
