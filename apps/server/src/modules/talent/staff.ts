import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error';
import { caller } from '../../plugins/auth';

/** The HR member acting, and the company whose talent records they may see (and nothing else). */
export interface TalentStaff {
  accountId: string;
  companyId: string;
}

export function talentStaffOf(request: FastifyRequest): TalentStaff {
  const { account } = caller(request);
  if (!account.companyId) throw new AppError('FORBIDDEN');
  return { accountId: account.id, companyId: account.companyId };
}

/** A page of a list: `offset` and `limit` for the query, from the 1-based page number. */
export function pageWindow(page: number, pageSize: number) {
  return { offset: (page - 1) * pageSize, limit: pageSize };
}
