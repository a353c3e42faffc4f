import { z } from 'zod';
import { COMPANY_NATURES, codesOf, INDUSTRIES, PROVINCES } from '../enums';
import { parseCompanyCode, parseEmail, parseLandline, parsePostcode } from '../validators';
import { validatedField } from './fields';

// 企业认证资料 (seed 002): typed in the sign-up wizard (情况二), changed in 公司设置 > 认证信息, and
// shown to the platform's reviewers.

const requiredText = (label: string, max: number) =>
  z.string().trim().min(1, `请输入${label}`).max(max, `${label}不能超过${max}个字`);

export const CompanyCodeKind = z.enum(['credit_code', 'organization_code']);

/** 统一社会信用代码 (18) or 组织机构代码 (9), checked and normalised; the reason is the field's message. */
export const CompanyCode = validatedField(parseCompanyCode, (value) => value.normalized);

/** 企业认证资料 (情况二, and later a verification change). Codes come from the shared enums. */
export const CompanyVerificationData = z.object({
  name: requiredText('单位名称', 100),
  code: CompanyCode,
  province: z.enum(codesOf(PROVINCES), { message: '请选择所在省份' }),
  city: requiredText('所在城市', 30),
  address: requiredText('单位地址', 200),
  landline: validatedField(parseLandline, (value) => value.normalized),
  email: validatedField(parseEmail, (value) => value.normalized),
  recruitEmail: validatedField(parseEmail, (value) => value.normalized),
  postcode: validatedField(parsePostcode, (value) => value.normalized),
  nature: z.enum(codesOf(COMPANY_NATURES), { message: '请选择单位性质' }),
  industry: z.enum(codesOf(INDUSTRIES), { message: '请选择所属行业' }),
});
export type CompanyVerificationData = z.infer<typeof CompanyVerificationData>;

/** 企业认证资料 as shown (codes of province, nature and industry; the web shows their labels). */
export const CompanyVerificationFields = z.object({
  name: z.string(),
  code: z.string(),
  province: z.string(),
  city: z.string(),
  address: z.string(),
  landline: z.string(),
  email: z.string(),
  recruitEmail: z.string(),
  postcode: z.string(),
  nature: z.string(),
  industry: z.string(),
});
export type CompanyVerificationFields = z.infer<typeof CompanyVerificationFields>;
