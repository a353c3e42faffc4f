import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { PGLITE_OPTIONS } from './client';

// Migration 0010 moves the sign-up wizard's 入驻高校 picks (university_entry_requests) into the
// review engine as `university_entry` requests: replayed here on rows written before it.

const dir = path.join(import.meta.dirname, 'migrations');
const files = fs
  .readdirSync(dir)
  .filter((file) => file.endsWith('.sql'))
  .sort();

const db = new PGlite(PGLITE_OPTIONS);
async function migrate(which: (file: string) => boolean) {
  for (const file of files.filter(which))
    for (const statement of fs.readFileSync(path.join(dir, file), 'utf8').split('--> statement-breakpoint'))
      if (statement.trim()) await db.exec(statement);
}

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('[DB] migration 0010: 入驻高校 picks become university_entry review requests', () => {
  afterAll(() => db.close());

  it('keeps ids, states and dates, names the university, takes the admin as applicant, one pending per pair', async () => {
    await migrate((file) => file < '0010');
    await db.exec(`
      INSERT INTO universities (id, name, code, city) VALUES
        ('${id(1)}', '甲大学', '4131019991', '上海市'), ('${id(2)}', '乙大学', '4131019992', '上海市');
      INSERT INTO companies (id, name, code, code_kind, province, city, address, landline, email, recruit_email, postcode, nature, industry)
      VALUES ('${id(10)}', '甲公司', '91310115MA1K3BTP2B', 'credit', '31', '上海市', '上海市浦东新区', '021-58888888',
              'a@example.com', 'b@example.com', '200000', 'private', 'I');
      INSERT INTO accounts (id, role, display_name, company_id, company_role, password_hash) VALUES
        ('${id(20)}', 'employer', '成员', '${id(10)}', 'member', 'x'),
        ('${id(21)}', 'employer', '管理员', '${id(10)}', 'admin', 'x');
      INSERT INTO university_entry_requests (id, company_id, university_id, state, created_at) VALUES
        ('${id(31)}', '${id(10)}', '${id(1)}', 'pending', '2026-11-01T00:00:00Z'),
        ('${id(32)}', '${id(10)}', '${id(1)}', 'pending', '2026-11-02T00:00:00Z'),
        ('${id(33)}', '${id(10)}', '${id(2)}', 'rejected', '2026-11-03T00:00:00Z'),
        ('${id(34)}', '${id(10)}', '${id(2)}', 'approved', '2026-11-04T00:00:00Z');
    `);
    await migrate((file) => file >= '0010');

    const { rows } = await db.query<Record<string, unknown>>(
      `SELECT id, kind, state, subject_id, applicant_account_id, applicant_company_id, reviewer_kind,
              reviewer_university_id, payload, created_at FROM review_requests ORDER BY id`,
    );
    const common = {
      kind: 'university_entry',
      subject_id: id(10),
      applicant_account_id: id(21),
      applicant_company_id: id(10),
      reviewer_kind: 'university',
    };
    expect(rows).toEqual([
      {
        ...common,
        id: id(31),
        state: 'pending',
        reviewer_university_id: id(1),
        payload: { universityName: '甲大学', source: 'registration' },
        created_at: new Date('2026-11-01T00:00:00Z'),
      },
      {
        ...common,
        id: id(33),
        state: 'rejected',
        reviewer_university_id: id(2),
        payload: { universityName: '乙大学', source: 'registration' },
        created_at: new Date('2026-11-03T00:00:00Z'),
      },
      {
        ...common,
        id: id(34),
        state: 'approved',
        reviewer_university_id: id(2),
        payload: { universityName: '乙大学', source: 'registration' },
        created_at: new Date('2026-11-04T00:00:00Z'),
      },
    ]);
    const { rows: tables } = await db.query(
      `SELECT 1 FROM information_schema.tables WHERE table_name = 'university_entry_requests'`,
    );
    expect(tables).toEqual([]);
  });
});
