import type { BrochureInput } from '@openrecruit/shared';
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { AppError } from '../../lib/app-error';
import { findCompanyImages, findCompanyJobs } from './brochures.repository';
import { sanitizeBrochureHtml } from './sanitize-brochure-html';

export type BrochureContent = z.output<typeof BrochureInput>;

/**
 * What a draft keeps: the sanitised HTML, the company's own jobs (a job added now must be 招聘中; one
 * already attached may stay after it went offline, students do not see it), and pictures the
 * company's people uploaded through the brochure image upload.
 */
export async function checkBrochureContent(
  tx: Executor,
  companyId: string,
  input: BrochureContent,
  keptJobIds: string[] = [],
) {
  const bodyHtml = sanitizeBrochureHtml(input.bodyHtml);
  if (!bodyHtml.replace(/<[^>]*>/g, '').trim()) throw AppError.fieldError('bodyHtml', '请填写简章正文');
  const jobs = new Map((await findCompanyJobs(tx, companyId, input.jobIds)).map((job) => [job.id, job]));
  for (const id of input.jobIds) {
    const job = jobs.get(id);
    if (!job) throw AppError.fieldError('jobIds', '请选择本单位的职位');
    if (job.state !== 'recruiting' && !keptJobIds.includes(id))
      throw AppError.fieldError('jobIds', `职位“${job.title}”已不在招聘中，请选择招聘中的职位`);
  }
  const images = new Set((await findCompanyImages(tx, companyId, input.imageFileIds)).map((file) => file.id));
  if (input.imageFileIds.some((id) => !images.has(id)))
    throw AppError.fieldError('imageFileIds', '图片不存在，请重新上传');
  return { title: input.title, bodyHtml, jobIds: input.jobIds, imageFileIds: input.imageFileIds };
}
