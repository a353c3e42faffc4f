// Concurrent writers through the HTTP API. Each writer owns its keys (jobs, applications) and
// writes them one request at a time, so the last acknowledged write of a key is its state, unless
// a later request was cut by the kill (its outcome unknown: either state is right).
import { Client } from './server.mjs';

const DEMO = {
  seeker: ['seeker', '310101199101130038', '582046'],
  admin: ['employer', '13900000001', 'Demo@2026'],
  member: ['employer', '13900000002', 'Demo@2026'],
};
const MARKS = ['suitable', 'undecided', 'unsuitable', null];
const MAX_OPS_PER_WRITER = 2_000;

export async function prepareWriters(base, { writers }) {
  const seeker = new Client(base);
  const { account } = await seeker.login(...DEMO.seeker);
  const employer = new Client(base);
  await employer.login(...DEMO.member);
  const admin = new Client(base);
  await admin.login(...DEMO.admin);

  const busy = new Set();
  for (const list of ['current', 'history']) {
    const { body } = await seeker.get(`/api/seeker/applications?list=${list}`);
    for (const item of body.items) if (list === 'current') busy.add(item.job.id);
  }
  for (const item of (await seeker.get('/api/seeker/favourites')).body.items)
    busy.add(item.job?.id ?? item.id);
  const jobIds = [];
  let cursor;
  for (let page = 0; page < 5 && jobIds.length < writers * 8; page += 1) {
    const { body } = await seeker.get(`/api/seeker/jobs?limit=50${cursor ? `&cursor=${cursor}` : ''}`);
    jobIds.push(...body.items.map((job) => job.id).filter((id) => !busy.has(id)));
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  const received = (await employer.get('/api/employer/applications?pageSize=50')).body.items.filter(
    (item) => !item.withdrawn,
  );
  const share = (items, i, n) => items.filter((_, index) => index % n === i);
  const plans = [];
  for (let i = 0; i < writers; i += 1) {
    const kind = ['apply', 'favourite', 'mark', 'todo'][i % 4];
    const slot = Math.floor(i / 4);
    const slots = Math.ceil((writers - (i % 4)) / 4);
    if (kind === 'apply')
      plans.push({ kind, client: seeker, jobs: share(jobIds.slice(0, jobIds.length / 2), slot, slots) });
    if (kind === 'favourite')
      plans.push({ kind, client: seeker, jobs: share(jobIds.slice(jobIds.length / 2), slot, slots) });
    if (kind === 'mark') plans.push({ kind, client: employer, applications: share(received, slot, slots) });
    if (kind === 'todo') plans.push({ kind, client: slot % 2 ? admin : employer });
  }
  return { seekerAccountId: account.id, plans };
}

/** Runs every plan until `stop.now` or an error (the kill); returns the log of every request. */
export function runWriters(plans, stop) {
  const log = [];
  const record = async (entry, request) => {
    log.push(entry);
    try {
      const response = await request();
      entry.status = response.status >= 200 && response.status < 300 ? 'ack' : 'rejected';
      entry.response = response.body;
    } catch {
      entry.status = 'unknown'; // cut by the kill: applied or not
    }
    return entry.status;
  };
  const writer = async (plan, w) => {
    for (let n = 0; n < MAX_OPS_PER_WRITER && !stop.now; n += 1) {
      let outcome;
      if (plan.kind === 'apply') {
        const job = plan.jobs[n % plan.jobs.length];
        const current = log.findLast((e) => e.key === job && e.status === 'ack');
        if (current?.op === 'apply') {
          const id = current.response.application.id;
          outcome = await record({ w, key: job, op: 'withdraw', id }, () =>
            plan.client.post(`/api/seeker/applications/${id}/withdraw`),
          );
        } else {
          outcome = await record({ w, key: job, op: 'apply' }, () =>
            plan.client.post('/api/seeker/applications', { jobId: job, acknowledgeWarnings: true }),
          );
        }
      } else if (plan.kind === 'favourite') {
        const job = plan.jobs[n % plan.jobs.length];
        const added = log.findLast((e) => e.key === job && e.status === 'ack')?.op === 'favourite';
        outcome = added
          ? await record({ w, key: job, op: 'unfavourite' }, () =>
              plan.client.delete(`/api/seeker/favourites/${job}`),
            )
          : await record({ w, key: job, op: 'favourite' }, () =>
              plan.client.post('/api/seeker/favourites', { jobId: job }),
            );
      } else if (plan.kind === 'mark') {
        const application = plan.applications[n % plan.applications.length];
        const mark = MARKS[(n + w) % MARKS.length];
        outcome = await record({ w, key: application.id, op: 'mark', mark, before: application.mark }, () =>
          plan.client.post('/api/employer/applications/marks', { ids: [application.id], mark }),
        );
      } else {
        const title = `崩溃测试活动 w${w} #${n}`;
        const startsAt = new Date(Date.now() + 86_400_000 * (1 + (n % 30))).toISOString();
        outcome = await record({ w, key: title, op: 'todo', title }, () =>
          plan.client.post('/api/employer/todos', { title, startsAt, location: '申江大学', note: '' }),
        );
      }
      if (outcome === 'unknown') return;
    }
  };
  const done = Promise.all(
    plans.map((plan, w) =>
      plan.jobs?.length === 0 || plan.applications?.length === 0 ? null : writer(plan, w),
    ),
  );
  return { log, done };
}
