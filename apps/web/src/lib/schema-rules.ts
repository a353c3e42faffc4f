// Forms validate with the same zod schemas the server uses (packages/shared), so a rule is written
// once. These types are the small part of zod the forms need; antd and antd-mobile both accept the
// returned rule (both are rc-field-form underneath).

type Issue = { path: PropertyKey[]; message: string };
type Parsed = { success: true } | { success: false; error: { issues: Issue[] } };
type Parser = { safeParse(value: unknown): Parsed };
export type ObjectSchema = Parser & { shape: Record<string, Parser> };

interface FormValues {
  getFieldsValue(all: true): Record<string, unknown>;
  getFieldValue(name: Array<string | number>): unknown;
}

function firstIssue(parsed: Parsed, field?: string): string | undefined {
  if (parsed.success) return undefined;
  const issue = field
    ? parsed.error.issues.find((candidate) => candidate.path.join('.') === field)
    : parsed.error.issues[0];
  return issue?.message;
}

/**
 * A form rule for one field of `schema`: first the field's own rules (e.g. parseResidentId's Chinese
 * reason), then the object's cross-field rules aimed at this field (e.g. 两次输入的密码不一致).
 * `within` is where the schema's object sits in a nested form, e.g. ['company'] for the field
 * named ['company', 'email'].
 */
export function schemaRule(schema: ObjectSchema, field: string, within: Array<string | number> = []) {
  return (form: FormValues) => ({
    validator: async (_rule: unknown, value: unknown) => {
      const own = schema.shape[field];
      const ownIssue = own ? firstIssue(own.safeParse(value ?? ''), undefined) : undefined;
      if (ownIssue) throw new Error(ownIssue);
      const blanks = Object.fromEntries(Object.keys(schema.shape).map((name) => [name, '']));
      const object = within.length > 0 ? form.getFieldValue(within) : form.getFieldsValue(true);
      const values = Object.fromEntries(
        Object.entries(object ?? {}).filter(([, entry]) => entry !== undefined),
      );
      const crossIssue = firstIssue(schema.safeParse({ ...blanks, ...values }), field);
      if (crossIssue) throw new Error(crossIssue);
    },
  });
}

/** A rule that never blocks but shows a validator's soft warnings (e.g. a bank card failing Luhn). */
export function warningRule(warningsOf: (value: string) => string[]) {
  return {
    warningOnly: true,
    validator: async (_rule: unknown, value: unknown) => {
      const [warning] = warningsOf(typeof value === 'string' ? value : '');
      if (warning) throw new Error(warning);
    },
  };
}
