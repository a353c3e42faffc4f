import { DEMO_ACCOUNTS, DEMO_COMPANY, logInByApi } from '../support/accounts';
import { expect, test } from '../support/fixtures';
import { collectProblems, shot } from '../support/seeker';

// Issue 11 item 4, 宣讲会: the demo company (已入驻 at 申江大学) applies; in 宣讲会审核 the career
// centre approves it with a room and a time from its venue calendar — a taken room is refused
// (VENUE_DOUBLE_BOOKED) and the form stays open — and the company's 宣讲会 page shows the room and
// time live.

const DAY = 86_400_000;

/** 'YYYY-MM-DDTHH:mm:00+08:00', `days` from today in Shanghai. */
function shanghaiAt(days: number, time: string) {
  const day = new Date(Date.now() + 8 * 3_600_000 + days * DAY).toISOString().slice(0, 10);
  return `${day}T${time}:00+08:00`;
}

test('[EMPLOYER/UNIVERSITY] 申请宣讲会 → 宣讲会审核 assigns a free room (a taken one is refused) → the company sees it', async ({
  page,
  request,
  login,
}) => {
  // A day of its own (the spec may run again on the same data) and a unique title.
  const days = 40 + Math.floor(Math.random() * 200);
  const title = `E2E宣讲会${Date.now().toString().slice(-6)}`;
  const slot = { startsAt: shanghaiAt(days, '14:00'), endsAt: shanghaiAt(days, '16:00') };

  const employer = await logInByApi(request, {
    area: 'employer',
    account: DEMO_ACCOUNTS['employer-admin'].account,
    password: DEMO_ACCOUNTS['employer-admin'].password,
  });
  const jobs = await request.get('/api/employer/jobs?tab=recruiting&pageSize=1');
  const jobId = ((await jobs.json()) as { items: { id: string }[] }).items[0]!.id;
  const entries = await request.get('/api/employer/university-entries?pageSize=100');
  const shenjiang = (
    (await entries.json()) as { items: { university: { id: string; name: string } }[] }
  ).items.find((entry) => entry.university.name === '申江大学')!.university;
  const applied = await request.post('/api/employer/presentations', {
    headers: { 'x-csrf-token': employer.csrfToken },
    data: {
      universityId: shenjiang.id,
      title,
      preferredSlots: [slot],
      expectedAudience: 150,
      majors: ['机械工程'],
      equipment: ['投影仪'],
      contactName: '张璇',
      contactMobile: '13900000001',
      jobIds: [jobId],
    },
  });
  expect(applied.ok(), await applied.text()).toBe(true);

  // 图书馆报告厅 is taken at that time (场地维护).
  const staff = DEMO_ACCOUNTS.university;
  const university = await logInByApi(request, {
    area: 'university',
    account: staff.account,
    password: staff.password,
  });
  const rooms = (await (await request.get('/api/university/venues')).json()) as {
    items: { id: string; name: string }[];
  };
  const hall = rooms.items.find((room) => room.name === '图书馆报告厅')!;
  const blocked = await request.post('/api/university/venue-bookings', {
    headers: { 'x-csrf-token': university.csrfToken },
    data: { venueId: hall.id, ...slot, title: '场地维护' },
  });
  expect(blocked.ok(), await blocked.text()).toBe(true);

  // The company's page: 审核中.
  const problems = collectProblems(page);
  await login({ role: 'employer-admin' });
  await page.goto('/employer/campus/presentations');
  await expect(page.getByRole('heading', { level: 1, name: '宣讲会' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row.getByText('审核中')).toBeVisible();

  // The career centre: the newest request is first; its drawer shows the application.
  const staffPage = await page
    .context()
    .browser()!
    .newPage({ viewport: { width: 1440, height: 900 } });
  const staffProblems = collectProblems(staffPage, [{ status: 409, url: /./ }]);
  await login({ role: 'university', page: staffPage });
  await staffPage
    .getByRole('navigation', { name: '高校就业中心导航' })
    .getByRole('menuitem', { name: '宣讲会审核' })
    .click();
  await expect(staffPage.getByRole('heading', { level: 1, name: '宣讲会审核' })).toBeVisible();
  await staffPage
    .getByRole('button', { name: `审核：${DEMO_COMPANY}` })
    .first()
    .click();
  const drawer = staffPage.getByRole('dialog').filter({ hasText: '宣讲会审核详情' });
  await expect(drawer.getByText(title)).toBeVisible();
  await drawer.getByRole('button', { name: '通过' }).click();

  const form = staffPage.getByRole('dialog').filter({ hasText: '通过并安排场地和时间' });
  await expect(form.getByText('预计人数：150人')).toBeVisible();
  await form.getByLabel('场地').click();
  await staffPage.locator('.ant-select-item-option').filter({ hasText: '图书馆报告厅' }).click();
  // The room's bookings that day: the 场地维护 at the preferred time.
  await expect(form.getByText('场地维护')).toBeVisible();
  await form.getByRole('button', { name: '通过' }).click();
  await expect(form.getByText('该场地在所选时间已有安排，请选择其他场地或时间')).toBeVisible();
  await shot(staffPage, 'presentation-1-taken');

  await form.getByLabel('场地').click();
  await staffPage.locator('.ant-select-item-option').filter({ hasText: '第一教学楼101' }).click();
  await form.getByRole('button', { name: '通过' }).click();
  await expect(staffPage.getByText('已通过', { exact: true }).first()).toBeVisible();

  // The company's page follows live: 已通过 with the room and the time.
  await expect(row.getByText('已通过')).toBeVisible();
  await expect(row.getByText('杨浦校区 第一教学楼101')).toBeVisible();
  await expect(row.getByText(/14:00-16:00/).last()).toBeVisible();
  await shot(page, 'presentation-2-approved');
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
  expect(staffProblems).toEqual([]);
  await staffPage.close();
});
