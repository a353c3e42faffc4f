import { invalid, type Validation, valid } from './result';

export type CreditCodeInfo = {
  normalized: string;
  authorityCode: string;
  typeCode: string;
  areaCode: string;
  organizationCode: string;
  kindLabel: string | undefined;
};
export type OrganizationCodeInfo = { normalized: string };
export type CompanyCodeInfo =
  | ({ kind: 'credit_code' } & CreditCodeInfo)
  | ({ kind: 'organization_code' } & OrganizationCodeInfo);
export type ParseCreditCodeOptions = { allowChecksumFailure?: boolean };

// GB 32100-2015 code charset: 31 chars, digits and capitals without I, O, S, V, Z; a char's value
// is its index. Weights are 3^i mod 31 (reference §3).
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

// Authority + type labels from the original 2015 set (reference §3 ✅); the extended authority codes
// are unverified there, so they get no label rather than a guessed one.
const KIND_LABELS: Record<string, string> = {
  '11': '机关',
  '12': '事业单位',
  '13': '群众团体',
  '19': '其他机构编制类单位',
  '51': '社会团体',
  '52': '民办非企业单位',
  '53': '基金会',
  '59': '其他民政登记单位',
  '91': '企业',
  '92': '个体工商户',
  '93': '农民专业合作社',
  Y1: '其他',
};

// GB 11714-1997: 8 body chars (0-9, A=10 … Z=35) weighted 3,7,9,10,5,8,4,2; check = 11 - S mod 11,
// written X for 10 and 0 for 11 (reference §3.1).
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

function organizationCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(body[i]!, 36) * ORG_WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

function creditCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

export function parseCreditCode(
  input: string,
  options: ParseCreditCodeOptions = {},
): Validation<CreditCodeInfo> {
  const code = input.trim().toUpperCase();
  if (!CREDIT_CODE.test(code)) {
    return invalid('CREDIT_CODE_FORMAT', '统一社会信用代码应为18位数字或大写字母（不含I、O、S、V、Z）');
  }
  const warnings: string[] = [];
  if (creditCheckChar(code.slice(0, 17)) !== code[17]) {
    // Some early pilot-region codes fail the checksum yet are legal (reference §3 caveat,
    // 91350100M0001TGQXM), so callers that route to manual review may downgrade this to a warning.
    if (!options.allowChecksumFailure) {
      return invalid('CREDIT_CODE_CHECKSUM', '统一社会信用代码校验位不正确，请核对');
    }
    warnings.push('统一社会信用代码未通过校验，可能是早期试点地区代码，需人工核实');
  }
  return valid(
    {
      normalized: code,
      authorityCode: code[0]!,
      typeCode: code[1]!,
      areaCode: code.slice(2, 8),
      organizationCode: `${code.slice(8, 16)}-${code[16]}`,
      kindLabel: KIND_LABELS[code.slice(0, 2)],
    },
    warnings,
  );
}

export function parseOrganizationCode(input: string): Validation<OrganizationCodeInfo> {
  const code = input.trim().toUpperCase();
  if (!/^[0-9A-Z]{8}-?[0-9X]$/.test(code)) {
    return invalid('ORG_CODE_FORMAT', '组织机构代码应为8位数字或大写字母加1位校验码，如12345678-9');
  }
  const body = code.slice(0, 8);
  const check = code[code.length - 1]!;
  if (organizationCheckChar(body) !== check) return invalid('ORG_CODE_CHECKSUM', '组织机构代码校验码不正确');
  return valid({ normalized: `${body}-${check}` });
}

// Employers registered before the 2015 三证合一 reform may still quote a 9-char organization code.
export function parseCompanyCode(
  input: string,
  options: ParseCreditCodeOptions = {},
): Validation<CompanyCodeInfo> {
  const code = input.trim();
  if (code.length === 18) {
    const result = parseCreditCode(code, options);
    return result.ok ? valid({ kind: 'credit_code', ...result.value }, result.warnings) : result;
  }
  if (code.length === 9 || (code.length === 10 && code[8] === '-')) {
    const result = parseOrganizationCode(code);
    return result.ok ? valid({ kind: 'organization_code', ...result.value }, result.warnings) : result;
  }
  return invalid('COMPANY_CODE_FORMAT', '请输入18位统一社会信用代码或9位组织机构代码');
}
