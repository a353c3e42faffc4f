import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accounts, companies } from '../../db/schema';

/**
 * The company registered under a code. A credit code embeds the organisation code (characters
 * 9-17), so a company registered before 三证合一 with its 9-char code is the same company as one
 * quoting its 18-char code, and the other way round.
 */
export async function findCompanyByCode(
  db: Executor,
  code: { kind: 'credit_code' | 'organization_code'; normalized: string; organizationCode?: string },
) {
  const sameOrganisation =
    code.kind === 'credit_code'
      ? and(eq(companies.codeKind, 'organization_code'), eq(companies.code, code.organizationCode ?? ''))
      : and(
          eq(companies.codeKind, 'credit_code'),
          sql`substr(${companies.code}, 9, 9) = ${code.normalized.replace('-', '')}`,
        );
  const [row] = await db
    .select({
      id: companies.id,
      name: companies.name,
      verificationState: companies.verificationState,
      adminName: accounts.displayName,
    })
    .from(companies)
    .leftJoin(accounts, and(eq(accounts.companyId, companies.id), eq(accounts.companyRole, 'admin')))
    .where(or(eq(companies.code, code.normalized), sameOrganisation))
    // An exact match wins over a match by the embedded organisation code.
    .orderBy(sql`${companies.code} = ${code.normalized} DESC`, asc(companies.createdAt))
    .limit(1);
  return row;
}
