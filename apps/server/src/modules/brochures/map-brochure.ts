import type {
  Brochure,
  BrochurePublication,
  BrochurePublicationState,
  BrochureSummary,
  PublicBrochureSummary,
} from '@openrecruit/shared';
import type { Executor } from '../../db/client';
import {
  type BrochureRow,
  findCompanyJobs,
  findPublicationsOf,
  findVersions,
  latestVersionNumbers,
  type PublicBrochureRow,
} from './brochures.repository';
import { brochureExcerpt } from './sanitize-brochure-html';

export const employerImageUrl = (fileId: string) => `/api/employer/brochure-images/${fileId}`;
export const publicImageUrl = (publicationId: string, fileId: string) =>
  `/api/public/brochures/${publicationId}/images/${fileId}`;
export const companyLogoUrl = (company: { id: string; logoFileId: string | null }) =>
  company.logoFileId ? `/api/public/companies/${company.id}/logo` : null;

type PublicationWithUniversity = Awaited<ReturnType<typeof findPublicationsOf>>[number];

function stateOf(publication: PublicationWithUniversity['publication']): BrochurePublicationState {
  if (publication.approvedVersionId) return publication.pendingVersionId ? 'published_pending' : 'published';
  return publication.pendingVersionId ? 'pending' : 'rejected';
}

/** Each brochure's publications (not withdrawn), by brochure id. */
async function publicationsOf(db: Executor, brochureIds: string[]) {
  const rows = await findPublicationsOf(db, brochureIds);
  const versionIds = rows.flatMap(({ publication: p }) =>
    [p.approvedVersionId, p.pendingVersionId].filter((id): id is string => Boolean(id)),
  );
  const numbers = new Map((await findVersions(db, [...new Set(versionIds)])).map((v) => [v.id, v.version]));
  const byBrochure = new Map<string, BrochurePublication[]>();
  for (const { publication: p, universityName, dueAt } of rows) {
    const list = byBrochure.get(p.brochureId) ?? [];
    list.push({
      id: p.id,
      university: { id: p.universityId, name: universityName },
      state: stateOf(p),
      approvedVersion: p.approvedVersionId ? (numbers.get(p.approvedVersionId) ?? null) : null,
      approvedAt: p.approvedAt?.toISOString() ?? null,
      pendingVersion: p.pendingVersionId ? (numbers.get(p.pendingVersionId) ?? null) : null,
      dueAt: p.pendingVersionId ? (dueAt?.toISOString() ?? null) : null,
      rejectReason: p.rejectReason,
    });
    byBrochure.set(p.brochureId, list);
  }
  return byBrochure;
}

export async function mapBrochureSummaries(db: Executor, rows: BrochureRow[]): Promise<BrochureSummary[]> {
  const ids = rows.map((row) => row.id);
  const [publications, latest] = await Promise.all([publicationsOf(db, ids), latestVersionNumbers(db, ids)]);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    publications: publications.get(row.id) ?? [],
    latestVersion: latest.get(row.id) ?? 0,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

export async function mapBrochure(db: Executor, row: BrochureRow): Promise<Brochure> {
  const [summary] = await mapBrochureSummaries(db, [row]);
  const jobs = new Map((await findCompanyJobs(db, row.companyId, row.jobIds)).map((job) => [job.id, job]));
  return {
    ...summary!,
    bodyHtml: row.bodyHtml,
    jobs: row.jobIds.flatMap((id) => {
      const job = jobs.get(id);
      return job ? [{ id, title: job.title, recruiting: job.state === 'recruiting' }] : [];
    }),
    images: row.imageFileIds.map((id) => ({ id, url: employerImageUrl(id) })),
  };
}

export function mapPublicBrochureSummary(row: PublicBrochureRow): PublicBrochureSummary {
  return {
    publicationId: row.publicationId,
    company: {
      id: row.companyId,
      name: row.companyName,
      logoUrl: companyLogoUrl({ id: row.companyId, logoFileId: row.companyLogoFileId }),
    },
    university: { id: row.universityId, name: row.universityName },
    title: row.version.title,
    excerpt: brochureExcerpt(row.version.bodyHtml),
    approvedAt: (row.approvedAt ?? row.version.createdAt).toISOString(),
  };
}
