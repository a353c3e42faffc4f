import {
  type EmployerRegistrationInput,
  type EmployerRegistrationResult,
  parseCompanyCode,
} from '@openrecruit/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context';
import { AppError } from '../../lib/app-error';
import { hashPassword } from '../../lib/password-hash';
import { isUniqueViolation } from '../../lib/pg-errors';
import { publishAfterCommit } from '../../lib/publish-after-commit';
import { checkSmsCode } from '../identity/check-sms-code';
import { isLoginNameTaken } from '../identity/is-login-name-taken';
import { staffLoginColumns } from '../identity/staff-login';
import { submitJoinRequest } from '../join-requests/submit-join-request';
import { submitReviewRequest } from '../reviews/submit-review-request';
import { submitRegistrationEntries } from '../university-entries/submit-registration-entries';
import { checkCaptcha } from './captcha';
import { findCompanyByCode } from './company-lookup.repository';
import {
  claimFiles,
  countUniversities,
  findStoredFile,
  insertApplicantAccount,
  insertPendingCompany,
} from './registration.repository';

/** The wizard's body, as EmployerRegistrationInput parsed it. */
export type RegisterEmployerOptions = z.output<typeof EmployerRegistrationInput>;

const NEXT_STEPS = {
  new_company:
    '您的单位注册申请已提交，平台将在1-3个工作日内审核企业认证资料。审核结果将以短信通知到您的联系手机，审核通过后即可使用联系手机和登录密码登录。',
  join: '您的加入申请已提交，需由本单位管理员审核。审核结果将以短信通知到您的联系手机，审核通过后即可使用联系手机和登录密码登录。',
  become_admin:
    '您的管理员申请已提交，平台将在1-3个工作日内审核账号授权书。审核通过后您将成为本单位管理员（原管理员转为普通成员），结果将以短信通知到您的联系手机。',
} as const;

const mobileTaken = () =>
  AppError.fieldError('applicant.mobile', '该手机号已注册，请直接登录', 'MOBILE_ALREADY_REGISTERED');

async function findCompanyOrNull(ctx: AppContext, code: string) {
  const parsed = parseCompanyCode(code);
  if (!parsed.ok) throw AppError.fieldError('companyCode', parsed.reason);
  return findCompanyByCode(ctx.db, {
    kind: parsed.value.kind,
    normalized: parsed.value.normalized,
    organizationCode: parsed.value.kind === 'credit_code' ? parsed.value.organizationCode : undefined,
  });
}

/**
 * The employer sign-up wizard's submit (seed 002 账号注册与认证). Checks the picture captcha first
 * (nothing below answers without it), then what can be refused without using up the SMS code, then
 * the SMS code; then creates the applicant's account (pending, so it cannot log in) and the request
 * for whoever approves it, in one transaction.
 */
export async function registerEmployer(
  ctx: AppContext,
  input: RegisterEmployerOptions,
): Promise<EmployerRegistrationResult> {
  await checkCaptcha(ctx, { captchaId: input.captchaId, answer: input.captcha });
  const { applicant } = input;
  if (await isLoginNameTaken(ctx, applicant.mobile)) throw mobileTaken();

  let knownCompany: Awaited<ReturnType<typeof findCompanyOrNull>>;
  let companyCode: { kind: 'credit_code' | 'organization_code'; normalized: string } | undefined;
  if (input.path === 'new_company') {
    const parsed = parseCompanyCode(input.company.code);
    if (!parsed.ok) throw AppError.fieldError('company.code', parsed.reason);
    companyCode = { kind: parsed.value.kind, normalized: parsed.value.normalized };
    if (await findCompanyOrNull(ctx, input.company.code))
      throw AppError.fieldError(
        'company.code',
        '该单位已注册，请选择申请加入或申请成为管理员',
        'COMPANY_ALREADY_REGISTERED',
      );
  } else {
    knownCompany = await findCompanyOrNull(ctx, input.companyCode);
    if (!knownCompany)
      throw AppError.fieldError('companyCode', '该单位尚未注册，请选择注册新单位', 'NOT_FOUND');
  }

  const universityIds = [...new Set(input.universityIds)];
  if ((await countUniversities(ctx.db, universityIds)) !== universityIds.length)
    throw AppError.fieldError('universityIds', '所选高校不存在，请重新选择');

  if (input.path === 'become_admin') {
    const file = await findStoredFile(ctx.db, input.authorisationFileId);
    if (!file || file.ownerAccountId !== null)
      throw AppError.fieldError('authorisationFileId', '请重新上传账号授权书');
  }

  try {
    await checkSmsCode(ctx, {
      purpose: 'employer_registration',
      mobile: applicant.mobile,
      code: input.smsCode,
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'SMS_CODE_INVALID')
      throw AppError.fieldError('smsCode', error.message, 'SMS_CODE_INVALID');
    throw error;
  }

  const passwordHash = await hashPassword(applicant.password);
  try {
    const { requestId, events } = await ctx.db.transaction(async (tx) => {
      let companyId: string;
      if (input.path === 'new_company') {
        const { code: _code, ...data } = input.company;
        const company = await insertPendingCompany(tx, {
          ...data,
          code: companyCode!.normalized,
          codeKind: companyCode!.kind,
          verificationState: 'pending',
        });
        companyId = company.id;
      } else {
        companyId = knownCompany!.id;
      }
      const account = await insertApplicantAccount(tx, {
        ...staffLoginColumns(ctx.cipher, 'employer', applicant.mobile),
        displayName: applicant.name,
        passwordHash,
        companyId,
        // A new company's applicant is its (pending) admin; anyone else starts as a member.
        companyRole: input.path === 'new_company' ? 'admin' : 'member',
      });
      const entryEvents = await submitRegistrationEntries(tx, {
        companyId,
        applicantAccountId: account.id,
        universityIds,
      });
      const common = { subjectId: companyId, applicantAccountId: account.id, applicantCompanyId: companyId };
      switch (input.path) {
        case 'join': {
          const request = await submitJoinRequest(tx, {
            companyId,
            applicantAccountId: account.id,
            applicantDepartment: applicant.department,
          });
          return { requestId: request.id, events: entryEvents };
        }
        case 'new_company': {
          const request = await submitReviewRequest(tx, {
            ...common,
            kind: 'new_company',
            payload: {
              company: { ...input.company, code: companyCode!.normalized },
              applicantDepartment: applicant.department,
              universityIds,
            },
          });
          return { requestId: request.id, events: [...request.events, ...entryEvents] };
        }
        case 'become_admin': {
          const request = await submitReviewRequest(tx, {
            ...common,
            kind: 'admin_application',
            payload: {
              applicantDepartment: applicant.department,
              fileIds: [input.authorisationFileId],
              universityIds,
            },
          });
          await claimFiles(tx, [input.authorisationFileId], account.id);
          return { requestId: request.id, events: [...request.events, ...entryEvents] };
        }
      }
    });
    await publishAfterCommit(ctx, ...events);
    return { requestId, path: input.path, state: 'pending', nextSteps: NEXT_STEPS[input.path] };
  } catch (error) {
    // Two submits racing for one mobile or one new company code: the unique indexes decide.
    if (isUniqueViolation(error)) {
      const text = String((error as { cause?: { constraint?: string } }).cause?.constraint ?? error);
      if (input.path === 'new_company' && !text.includes('login_hash'))
        throw AppError.fieldError(
          'company.code',
          '该单位已注册，请选择申请加入或申请成为管理员',
          'COMPANY_ALREADY_REGISTERED',
        );
      throw mobileTaken();
    }
    throw error;
  }
}
