import { expect as baseExpect, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, logInByApi } from '../support/accounts';
import { COMPANY_PASSWORD, digits, registerCompany } from '../support/companies';
import { expect, test } from '../support/fixtures';
import { collectProblems, shot } from '../support/seeker';

// Issue 11, the campus flow end to end through the pages: a new company enters 申江大学 (入驻高校)
// and applies for a 宣讲会 (校园招聘 > 宣讲会); 申江大学's career centre approves it in 宣讲会审核 with a
// room and a time of its own (today, so the door is open); the company's 校招日历 shows it; a student
// of 申江大学 signs up in 校园, gets the 签到码, and the staff check the student in at the door (签到,
// phone width); the student's page turns to 已签到 by itself.

const UNIVERSITY = '申江大学';
const MINUTE = 60_000;

/** The Shanghai wall clock of an instant: 'YYYY-MM-DD' and 'HH:mm'. */
function shanghai(at: Date) {
  const iso = new Date(at.getTime() + 8 * 60 * MINUTE).toISOString();
  return { day: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/**
 * A slot the door can open today: the 签到 is open on the presentation's Shanghai day only. Half an
 * hour starting 30-35 minutes from now on a 5-minute step; late in the evening, a shorter one
 * starting 3-8 minutes from now that ends by 23:55.
 */
function slotSoon() {
  const step = 5 * MINUTE;
  if (tooLateToday()) {
    const tomorrow = shanghai(new Date(Date.now() + 60 * MINUTE)).day;
    const start = new Date(`${tomorrow}T00:30:00+08:00`);
    return { start: shanghai(start), end: shanghai(new Date(start.getTime() + 30 * MINUTE)) };
  }
  const today = shanghai(new Date()).day;
  let start = new Date(Math.ceil((Date.now() + 30 * MINUTE) / step) * step);
  let end = new Date(start.getTime() + 30 * MINUTE);
  if (shanghai(end).day !== today || shanghai(end).time > '23:55') {
    start = new Date(Math.ceil((Date.now() + 3 * MINUTE) / step) * step);
    end = new Date(Math.min(start.getTime() + 30 * MINUTE, Date.parse(`${today}T23:55:00+08:00`)));
  }
  return { start: shanghai(start), end: shanghai(end) };
}

/** In the last minutes of a Shanghai day no slot of today is left: the slot is tomorrow's at 00:30. */
function tooLateToday() {
  const soon = shanghai(new Date(Date.now() + 10 * MINUTE));
  return soon.day !== shanghai(new Date()).day || soon.time > '23:45';
}

async function pick(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

test('[EMPLOYER/UNIVERSITY/SEEKER] 入驻 → 申请宣讲会 → 通过 with a room and a time → 校招日历 → 报名 → 签到', async ({
  page,
  browser,
  request,
  login,
}) => {
  test.setTimeout(180_000);
  // In the last minutes of a Shanghai day the slot is tomorrow's: the door must not offer it yet.
  const late = tooLateToday();
  const company = `上海校园流程${digits(6)}科技有限公司`;
  const mobile = await registerCompany(request, company);
  const title = `E2E校园宣讲${digits(6)}`;

  // The company's job to present, and its 入驻 at 申江大学 through 入驻高校.
  const problems = collectProblems(page);
  const employer = await login({ role: 'employer-admin', account: mobile, password: COMPANY_PASSWORD });
  const job = await page.request.post('/api/employer/jobs', {
    headers: { 'x-csrf-token': employer.csrfToken },
    data: {
      title: '机械设计工程师',
      occupation: '机械工程技术人员',
      salaryMin: 9000,
      salaryMax: 13000,
      headcount: 3,
      education: '30',
      ageMin: 20,
      ageMax: 35,
      workNature: '01',
      workArea: '310115',
      address: '上海市浦东新区张江路200号',
      description: '负责机械结构设计。',
      skills: '熟练使用CAD。',
      probationMonths: 0,
      probationSalary: null,
      contactName: '周入驻',
      contactPhone: '021-58880000',
    },
  });
  baseExpect(job.ok(), await job.text()).toBe(true);
  await page.goto('/employer/campus/universities');
  const entryRow = page.getByRole('row').filter({ hasText: UNIVERSITY });
  await entryRow.getByRole('button', { name: `入驻：${UNIVERSITY}` }).click();
  await expect(entryRow.getByText('审核中')).toBeVisible();

  // 申江大学 approves the entry (its page is university-entry.spec.ts's) and adds a room of its own.
  const staff = DEMO_ACCOUNTS.university;
  const university = await logInByApi(request, staff);
  const queue = await request.get('/api/university/reviews?kind=university_entry&state=pending&pageSize=100');
  const entry = ((await queue.json()) as { items: { id: string; company: { name: string } }[] }).items.find(
    (item) => item.company.name === company,
  )!;
  const decided = await request.post(`/api/university/reviews/${entry.id}/decision`, {
    headers: { 'x-csrf-token': university.csrfToken },
    data: { decision: 'approve' },
  });
  baseExpect(decided.ok(), await decided.text()).toBe(true);
  await expect(entryRow.getByText('已入驻')).toBeVisible();
  const roomName = `E2E研讨室${digits(4)}`;
  const room = await request.post('/api/university/venues', {
    headers: { 'x-csrf-token': university.csrfToken },
    data: { name: roomName, campus: '杨浦校区', capacity: 30, equipment: ['投影仪'] },
  });
  baseExpect(room.ok(), await room.text()).toBe(true);

  // 校园招聘 > 宣讲会 > 申请宣讲会: tomorrow afternoon is what the company would like.
  const tomorrow = shanghai(new Date(Date.now() + 24 * 60 * MINUTE)).day;
  await page.goto('/employer/campus/presentations');
  await expect(page.getByRole('heading', { level: 1, name: '宣讲会' })).toBeVisible();
  await page.getByRole('button', { name: '申请宣讲会' }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '申请宣讲会' });
  await drawer.getByLabel('高校').click();
  await page.locator('.ant-select-item-option').filter({ hasText: UNIVERSITY }).click();
  await drawer.getByLabel('宣讲主题').fill(title);
  await pick(page, '期望日期1', tomorrow);
  const range = drawer.getByPlaceholder('开始时间');
  await range.click();
  await range.fill('14:00');
  await range.press('Enter');
  const rangeEnd = drawer.getByPlaceholder('结束时间');
  await rangeEnd.fill('16:00');
  await rangeEnd.press('Enter');
  await drawer.getByLabel('预计人数').fill('25');
  await drawer.getByLabel('宣讲职位').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '机械设计工程师' }).click();
  await drawer.getByLabel('联系人').fill('周入驻');
  await drawer.getByLabel('联系手机').fill(mobile);
  await drawer.getByRole('button', { name: '提交申请' }).click();
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row.getByText('审核中')).toBeVisible();
  await shot(page, 'campus-flow-1-applied');

  // 宣讲会审核: 通过 with the new room and a time the university chooses (today, soon).
  const slot = slotSoon();
  const staffPage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const staffProblems = collectProblems(staffPage);
  await login({ role: 'university', page: staffPage });
  await staffPage.goto('/university/presentations');
  await staffPage
    .getByRole('button', { name: `审核：${company}` })
    .first()
    .click();
  const review = staffPage.getByRole('dialog').filter({ hasText: '宣讲会审核详情' });
  await expect(review.getByText(title)).toBeVisible();
  await review.getByRole('button', { name: '通过' }).click();
  const approval = staffPage.getByRole('dialog').filter({ hasText: '通过并安排场地和时间' });
  await approval.getByLabel('场地').click();
  await staffPage.locator('.ant-select-item-option').filter({ hasText: roomName }).click();
  await pick(staffPage, '日期', slot.start.day);
  await pick(staffPage, '开始时间', slot.start.time);
  await pick(staffPage, '结束时间', slot.end.time);
  await shot(staffPage, 'campus-flow-2-approving');
  await approval.getByRole('button', { name: '通过' }).click();
  await expect(approval).toHaveCount(0);

  // The company's page follows live; the 校招日历 has it as a to-do.
  await expect(row.getByText('已通过')).toBeVisible();
  await expect(row.getByText(`杨浦校区 ${roomName}`)).toBeVisible();
  await page.goto('/employer/home/calendar');
  await expect(
    page.getByText(new RegExp(`${slot.start.time} 宣讲会·${UNIVERSITY}宣讲会：${title}`)),
  ).toBeVisible();
  await shot(page, 'campus-flow-3-calendar');

  // A student of 申江大学 (在读 in the resume) signs up in 校园 and opens the 签到码.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const studentPage = await phone.newPage();
  const studentProblems = collectProblems(studentPage);
  const student = await login({ role: 'seeker', fresh: true, page: studentPage });
  const resume = await studentPage.request.put('/api/seeker/resume', {
    headers: { 'x-csrf-token': student.csrfToken },
    data: {
      educations: [
        { school: UNIVERSITY, major: '机械工程', education: '20', startMonth: '2023-09', endMonth: null },
      ],
      experiences: [],
      skills: [],
      certificates: [],
      jobIntention: null,
      selfIntroduction: '',
      allowRecommendation: false,
    },
  });
  baseExpect(resume.ok(), await resume.text()).toBe(true);
  await studentPage.goto('/m');
  await studentPage.getByRole('link', { name: /校园.*申江大学/ }).click();
  await expect(studentPage.getByText(UNIVERSITY, { exact: true })).toBeVisible();
  // 宣讲会 (upcoming first): today's is near the top.
  await studentPage.getByText(title).click();
  await expect(studentPage).toHaveURL(/\/m\/campus\/presentations\//);
  await expect(studentPage.getByText(title)).toBeVisible();
  await studentPage.getByRole('button', { name: '报名', exact: true }).click();
  await expect(studentPage).toHaveURL(/\/m\/campus\/signups\//);
  await expect(studentPage.getByRole('img', { name: /签到二维码/ })).toBeVisible();
  const code = (await studentPage.locator('.m-checkin__code').innerText()).replace('签到码', '').trim();
  expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  await shot(studentPage, 'campus-flow-4-code');

  // 签到 at the door, on a phone: the staff choose the presentation and type the code.
  const door = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const doorPage = await door.newPage();
  const doorProblems = collectProblems(doorPage);
  await login({ role: 'university', page: doorPage });
  await doorPage.goto('/university/check-in');
  if (late) {
    await expect(doorPage.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(doorPage.getByText(title)).toHaveCount(0);
    expect(problems).toEqual([]);
    expect(doorProblems).toEqual([]);
    await Promise.all([staffPage.close(), phone.close(), door.close()]);
    return;
  }
  const chooser = doorPage.locator('.checkin__select');
  await expect(chooser).toBeVisible();
  if (!(await chooser.innerText()).includes(title)) {
    await chooser.click();
    await doorPage.locator('.ant-select-item-option').filter({ hasText: title }).click();
  }
  await doorPage.getByLabel('签到码', { exact: true }).fill(code);
  await doorPage.getByRole('button', { name: '签到', exact: true }).click();
  await expect(doorPage.locator('.checkin__outcome')).toContainText('签到成功');
  await expect(doorPage.locator('.checkin__outcome')).toContainText('签到 1');
  await shot(doorPage, 'campus-flow-5-door');
  // The same code again: 已签到 with the time, nothing counted twice.
  await doorPage.getByLabel('签到码', { exact: true }).fill(code.toLowerCase());
  await doorPage.getByRole('button', { name: '签到', exact: true }).click();
  await expect(doorPage.locator('.checkin__outcome')).toContainText(/已签到 \d\d:\d\d/);

  // The student's page turned by itself (campus-signups.changed).
  await expect(studentPage.getByText('签到成功，欢迎参加宣讲会')).toBeVisible();
  await shot(studentPage, 'campus-flow-6-checked-in');

  for (const p of [page, staffPage, studentPage, doorPage]) await p.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
  expect(staffProblems).toEqual([]);
  expect(studentProblems).toEqual([]);
  expect(doorProblems).toEqual([]);
  await Promise.all([staffPage.close(), phone.close(), door.close()]);
});
