import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { signUpSeeker } from '../../../test/fixtures';
import { TestClient } from '../../../test/http-client';
import { createStaffAccount } from '../../db/seed/accounts';

describe('sessions: cookies with CSRF, bearer tokens, logout, areas, disabling', () => {
  let t: TestApp;
  let operatorPassword: string;
  beforeAll(async () => {
    t = await buildTestApp();
    operatorPassword = 'Ops@2026x';
    await createStaffAccount(t.app.ctx, {
      role: 'operator',
      loginName: 'ops.test',
      displayName: '运营',
      password: operatorPassword,
    });
  });
  afterAll(() => t.close());

  it('sets an httpOnly SameSite cookie and never returns the token to a web page', async () => {
    const client = new TestClient(t.app);
    const person = await signUpSeeker(client);
    const login = await client.login('seeker', person.idNumber, person.password);
    expect(login.body.token).toBeNull();
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/^or_seeker=/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
  });

  it('refuses an unsafe cookie request without the CSRF token', async () => {
    const client = new TestClient(t.app);
    const person = await signUpSeeker(client);
    await client.login('seeker', person.idNumber, person.password);
    const forged = await client.post('/api/auth/seeker/logout', {}, { 'x-csrf-token': 'forged' });
    expect(forged.status).toBe(403);
    expect(forged.body.code).toBe('CSRF_FAILED');
    expect((await client.get('/api/auth/seeker/session')).status).toBe(200);
  });

  it('gives app clients a bearer token that needs no CSRF token', async () => {
    const client = new TestClient(t.app);
    const person = await signUpSeeker(client);
    const login = await client.post('/api/auth/seeker/login', {
      account: person.idNumber,
      password: person.password,
      tokenType: 'bearer',
    });
    expect(login.body.token).toMatch(/^[\w-]{43}$/);
    expect(login.headers['set-cookie']).toBeUndefined();
    const app = new TestClient(t.app);
    const auth = { authorization: `Bearer ${login.body.token}` };
    expect((await app.get('/api/auth/seeker/session', auth)).body.account.surname).toBe('李');
    expect((await app.get('/api/auth/employer/session', auth)).status).toBe(401);
    expect((await app.post('/api/auth/seeker/logout', {}, auth)).status).toBe(200);
    expect((await app.get('/api/auth/seeker/session', auth)).status).toBe(401);
  });

  it('logout ends the session on the server, not only the cookie', async () => {
    const client = new TestClient(t.app);
    const person = await signUpSeeker(client);
    await client.login('seeker', person.idNumber, person.password);
    const stolenCookie = client.cookies.get('or_seeker')!;
    expect((await client.post('/api/auth/seeker/logout')).status).toBe(200);
    const replay = await new TestClient(t.app).get('/api/auth/seeker/session', {
      cookie: `or_seeker=${stolenCookie}`,
    });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('SESSION_EXPIRED');
  });

  it('a seeker session does not open another area', async () => {
    const client = new TestClient(t.app);
    const person = await signUpSeeker(client);
    await client.login('seeker', person.idNumber, person.password);
    const stolen = client.cookies.get('or_seeker')!;
    const response = await client.post(
      '/api/ops/accounts/00000000-0000-4000-8000-000000000000/disable',
      {},
      { cookie: `or_ops=${stolen}` },
    );
    expect(response.status).toBe(401);
  });

  it('staff cannot log in through another area', async () => {
    const response = await new TestClient(t.app).login('employer', 'ops.test', operatorPassword);
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('LOGIN_FAILED');
  });

  it('disabling an account ends every session at once and refuses its logins', async () => {
    const seeker = new TestClient(t.app);
    const person = await signUpSeeker(seeker);
    const login = await seeker.login('seeker', person.idNumber, person.password);
    const ops = new TestClient(t.app, '192.0.2.50');
    await ops.login('ops', 'ops.test', operatorPassword);
    const disabled = await ops.post(`/api/ops/accounts/${login.body.account.id}/disable`);
    expect(disabled.body).toEqual({ ok: true, sessionsEnded: 1 });
    expect((await seeker.get('/api/auth/seeker/session')).status).toBe(401);
    const again = await seeker.login('seeker', person.idNumber, person.password);
    expect(again.status).toBe(403);
    expect(again.body).toMatchObject({ code: 'ACCOUNT_DISABLED' });
    const wrong = await seeker.login('seeker', person.idNumber, '000001');
    expect(wrong.body.code).toBe('LOGIN_FAILED');
    await ops.post(`/api/ops/accounts/${login.body.account.id}/enable`);
    expect((await seeker.login('seeker', person.idNumber, person.password)).status).toBe(200);
  });

  it('an operator with an initial password reaches nothing but the password change', async () => {
    await createStaffAccount(t.app.ctx, {
      role: 'operator',
      loginName: 'ops.new',
      displayName: '新运营',
      password: 'Initial#2026',
      mustChangePassword: true,
    });
    const ops = new TestClient(t.app, '192.0.2.52');
    await ops.login('ops', 'ops.new', 'Initial#2026');
    const blocked = await ops.post('/api/ops/accounts/00000000-0000-4000-8000-000000000000/disable');
    expect(blocked.status).toBe(403);
    expect(blocked.body).toEqual({ code: 'PASSWORD_CHANGE_REQUIRED', message: '首次登录请先修改初始密码' });
    expect((await ops.get('/api/auth/ops/session')).status).toBe(200);
  });

  it('an unknown account id gets 404 and a malformed one 400', async () => {
    const ops = new TestClient(t.app, '192.0.2.51');
    await ops.login('ops', 'ops.test', operatorPassword);
    expect((await ops.post('/api/ops/accounts/00000000-0000-4000-8000-000000000000/disable')).status).toBe(
      404,
    );
    const bad = await ops.post('/api/ops/accounts/not-a-uuid/disable');
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields[0]).toEqual({ field: 'params.accountId', reason: '账号ID格式不正确' });
  });
});
