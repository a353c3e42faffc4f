import {
  CompanyCode,
  CompanyVerificationData,
  MobileNumber,
  PersonName,
  StaffPassword,
} from '@openrecruit/shared';
import type { FormInstance } from 'antd';
import { ApiError } from '../../lib/api';

type Parser = {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: { message: string }[] } };
};

/** A form rule from one zod field of the shared contract: its Chinese reason is the field's error. */
export function zodRule(schema: Parser) {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      const parsed = schema.safeParse(value ?? '');
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? '请检查此项');
    },
  };
}

export const RULES = {
  companyCode: zodRule(CompanyCode),
  company: CompanyVerificationData.shape,
  name: zodRule(PersonName),
  mobile: zodRule(MobileNumber),
  password: zodRule(StaffPassword),
};

export function requiredText(label: string) {
  return { required: true, whitespace: true, message: `请输入${label}` };
}

/**
 * The server's `details.fields` (e.g. `company.email`, `applicant.mobile`, `captcha`) under the
 * form's own fields, which are named the same way. Returns true when at least one landed.
 */
export function applyServerFieldErrors(
  form: FormInstance,
  error: unknown,
  known: ReadonlyArray<readonly (string | number)[]>,
): boolean {
  if (!(error instanceof ApiError)) return false;
  const keyOf = (path: readonly (string | number)[]) => path.join('.');
  const knownKeys = new Map(known.map((path) => [keyOf(path), path]));
  const fields = error.fields.flatMap((item) => {
    const path = knownKeys.get(item.field);
    return path ? [{ name: path as (string | number)[], errors: [item.reason] }] : [];
  });
  if (fields.length === 0) return false;
  form.setFields(fields);
  return true;
}
