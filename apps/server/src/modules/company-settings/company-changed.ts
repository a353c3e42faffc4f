import { type LiveMessage, live } from '@openrecruit/shared';

/** What the company's open consoles hear when 公司设置 changed (they refetch it). */
export const companyChanged = (companyId: string): LiveMessage =>
  live.company(companyId, { type: 'company.changed', data: {} });
