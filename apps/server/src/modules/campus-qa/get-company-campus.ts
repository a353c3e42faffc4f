import type { PublicCompanyCampus } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { notFound } from '../../plugins/access';
import { findPublicBrochures } from '../brochures/find-public-brochures';
import { findCompanyRow, findFaqs } from './campus-qa.repository';
import { mapFaq } from './map-campus-question';

export interface GetCompanyCampusOptions {
  companyId: string;
}

/** A verified company's campus page: its introduction, FAQs and approved brochures. */
export async function getCompanyCampus(
  ctx: AppContext,
  options: GetCompanyCampusOptions,
): Promise<PublicCompanyCampus> {
  const company = await findCompanyRow(ctx.db, options.companyId);
  if (company?.verificationState !== 'verified') throw notFound('单位不存在');
  const [faqs, brochures] = await Promise.all([
    findFaqs(ctx.db, company.id),
    findPublicBrochures(ctx, { companyId: company.id, page: 1, pageSize: 20 }),
  ]);
  return {
    company: {
      id: company.id,
      name: company.name,
      logoUrl: company.logoFileId ? `/api/public/companies/${company.id}/logo` : null,
      introduction: company.introduction,
    },
    faqs: faqs.map(mapFaq),
    brochures: brochures.items,
  };
}
