import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import type { CompanyStaff } from './company-staff';
import { findCompanyApplicationPage, type PagePosition } from './employer-applications.repository';
import type { EmployerApplicationList, EmployerApplicationQuery } from './employer-applications.schemas';
import { mapCompanyApplication } from './map-company-application';

export interface FindCompanyApplicationsOptions extends EmployerApplicationQuery {
  staff: CompanyStaff;
}

// PostgreSQL's text form of a timestamptz, e.g. '2026-11-21 08:39:12.123456+00'.
const TIMESTAMP_TEXT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;
const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function encodeCursor(position: PagePosition): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.id])).toString('base64url');
}

function decodeCursor(cursor: string): PagePosition {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (
      typeof createdAt === 'string' &&
      TIMESTAMP_TEXT.test(createdAt) &&
      typeof id === 'string' &&
      UUID_TEXT.test(id)
    ) {
      return { createdAt, id };
    }
  } catch {
    // falls through to the error below
  }
  throw AppError.fieldError('cursor', '分页参数不正确，请刷新列表');
}

/** Seed 002 简历管理: the company's applications, newest first, by job and state, a page at a time. */
export async function findCompanyApplications(
  ctx: AppContext,
  options: FindCompanyApplicationsOptions,
): Promise<EmployerApplicationList> {
  const rows = await findCompanyApplicationPage(ctx.db, {
    companyId: options.staff.companyId,
    jobId: options.jobId,
    state: options.state,
    after: options.cursor ? decodeCursor(options.cursor) : undefined,
    limit: options.limit + 1,
  });
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => mapCompanyApplication(row)),
    nextCursor:
      rows.length > options.limit && last
        ? encodeCursor({ createdAt: last.application.position, id: last.application.id })
        : null,
  };
}
