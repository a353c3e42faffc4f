import type { MembershipLeadPage, MembershipLeadQuery } from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { pageOf, pageWindow } from '../../lib/paging';
import type { Operator } from '../../plugins/access';
import { mapLead } from './map-membership';
import { findCurrentMemberships, findLeadRows } from './memberships.repository';

export interface FindMembershipLeadsOptions {
  operator: Operator;
  query: z.output<typeof MembershipLeadQuery>;
  now?: Date;
}

/** 会员线索: waiting leads first, newest first; the contacts' mobiles masked. */
export async function findMembershipLeads(
  ctx: AppContext,
  options: FindMembershipLeadsOptions,
): Promise<MembershipLeadPage> {
  const { query } = options;
  const { rows, total } = await findLeadRows(ctx.db, { state: query.state, q: query.q }, pageWindow(query));
  const memberships = await findCurrentMemberships(
    ctx.db,
    rows.map((row) => row.company.id),
    options.now ?? new Date(),
  );
  const items = rows.map((row) =>
    mapLead(
      row,
      memberships.find((membership) => membership.companyId === row.company.id),
      { cipher: ctx.cipher, reveal: false },
    ),
  );
  return pageOf(query, items, total);
}
