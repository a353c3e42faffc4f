import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { serializeError } from './log-redaction';

describe('serializeError', () => {
  it('keeps the SQL and the SQLSTATE, drops the parameters and the row values', () => {
    const cause = Object.assign(
      new Error('duplicate key value violates unique constraint "accounts_login_name_uq"'),
      {
        code: '23505',
        constraint: 'accounts_login_name_uq',
        detail: 'Key (login_name)=(13800000000) already exists.',
      },
    );
    const error = new DrizzleQueryError(
      'insert into "accounts" ("login_name") values ($1)',
      ['13800000000'],
      cause,
    );
    const logged = JSON.stringify(serializeError(error));
    expect(logged).toContain('insert into \\"accounts\\"');
    expect(logged).toContain('23505');
    expect(logged).toContain('accounts_login_name_uq');
    expect(logged).not.toContain('13800000000');
  });
});
