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
const HOLD = 6;

/**
 * A seeker of its own for the applications and favourites (the demo seeker's places are mostly
 * taken), signed up once through the API like a person would; later rounds log in again.
 */
export async function signUpSeeker(base) {
  const first17 = `310104199506${String(10 + Math.floor(Math.random() * 18)).padStart(2, '0')}${String(100 + Math.floor(Math.random() * 899))}`;
  const person = { idNumber: first17 + idCheckChar(first17), password: '582046' };
  const client = new Client(base);
  const verified = await client.post('/api/seeker/registration/verify', {
    route: 'bank_card',
    name: '周测试',
    idNumber: person.idNumber,
    mobile: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
    bankCard: '6222021001116220002',
  });
  if (verified.status !== 200) throw new Error(`sign-up: ${JSON.stringify(verified.body)}`);
  const completed = await client.post('/api/seeker/registration/complete', {
    ticket: verified.body.ticket,
    password: person.password,
    confirmPassword: person.password,
  });
  if (completed.status !== 200) throw new Error(`sign-up: ${JSON.stringify(completed.body)}`);
  await client.login('seeker', person.idNumber, person.password);
  const profile = await client.post('/api/seeker/profile/complete', {
    education: '20',
    politicalStatus: '13',
  });
  if (profile.status !== 200) throw new Error(`profile: ${JSON.stringify(profile.body)}`);
  return person;
}

/** GB 11643 check character. */
function idCheckChar(first17) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i], 0);
  return '10X98765432'[sum % 11];
}

export async function prepareWriters(base, { writers, person }) {
  const seeker = new Client(base);
  const { account } = await seeker.login('seeker', person.idNumber, person.password);
  const employer = new Client(base);
  await employer.login(...DEMO.member);
  const admin = new Client(base);
  await admin.login(...DEMO.admin);

  // What the seeker holds from the last round is handed to the writers as already held.
  const applied = (await seeker.get('/api/seeker/applications?list=current')).body.items.map((item) => ({
    job: item.job.id,
    id: item.id,
  }));
  const favoured = (await seeker.get('/api/seeker/favourites')).body.items.map((item) => ({
    job: item.job.id,
  }));
  const busy = new Set([...applied, ...favoured].map((held) => held.job));
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
  const half = Math.floor(jobIds.length / 2);
  const plans = [];
  for (let i = 0; i < writers; i += 1) {
    const kind = ['apply', 'favourite', 'mark', 'todo'][i % 4];
    const slot = Math.floor(i / 4);
    const slots = Math.ceil((writers - (i % 4)) / 4);
    if (kind === 'apply') {
      const jobs = share(jobIds.slice(0, half), slot, slots);
      plans.push({ kind, client: seeker, jobs, held: share(applied, slot, slots) });
    }
    if (kind === 'favourite') {
      const jobs = share(jobIds.slice(half), slot, slots);
      plans.push({ kind, client: seeker, jobs, held: share(favoured, slot, slots) });
    }
    if (kind === 'mark') plans.push({ kind, client: employer, applications: share(received, slot, slots) });
    if (kind === 'todo') plans.push({ kind, client: slot % 2 ? admin : employer });
  }
  return { seekerAccountId: account.id, plans };
}

/** One step of a writer that takes things and gives them back (applications, favourites). */
async function hold(plan, { take, heldOf, giveBack }) {
  if (plan.held.length >= HOLD || (plan.full && plan.held.length > 0)) {
    plan.full = false;
    const oldest = plan.held.shift();
    const entry = await giveBack(oldest);
    if (entry.status === 'rejected') plan.held.push(oldest);
    return entry;
  }
  plan.next = ((plan.next ?? -1) + 1) % plan.jobs.length;
  const job = plan.jobs[plan.next];
  if (plan.held.some((held) => held.job === job)) return { status: 'skipped' };
  const entry = await take(job);
  if (entry.status === 'ack') plan.held.push(heldOf(job, entry));
  // Full (the other writer holds the rest): give one back next, as a person would.
  plan.full = entry.status === 'rejected';
  return entry;
}

/** Runs every plan until `stop.now` or an error (the kill); returns the log of every request. */
export function runWriters(plans, stop, round) {
  const log = [];
  /** Sends one request; the entry ends ack (2xx), rejected (an answer) or unknown (cut by the kill). */
  const record = async (entry, request) => {
    log.push(entry);
    try {
      const response = await request();
      entry.status = response.status >= 200 && response.status < 300 ? 'ack' : 'rejected';
      entry.response = response.body;
    } catch {
      entry.status = 'unknown';
    }
    return entry;
  };
  const steps = {
    // Each writer keeps up to HOLD current applications / favourites: two writers on one seeker
    // ask for more than the 10 there are, so the limits are contended while the server dies.
    async apply(plan, w) {
      return hold(plan, {
        take: (job) =>
          record({ w, key: job, op: 'apply' }, () =>
            plan.client.post('/api/seeker/applications', { jobId: job, acknowledgeWarnings: true }),
          ),
        heldOf: (job, entry) => ({ job, id: entry.response.application.id }),
        giveBack: (held) =>
          record({ w, key: held.job, op: 'withdraw', id: held.id }, () =>
            plan.client.post(`/api/seeker/applications/${held.id}/withdraw`),
          ),
      });
    },
    async favourite(plan, w) {
      return hold(plan, {
        take: (job) =>
          record({ w, key: job, op: 'favourite' }, () =>
            plan.client.post('/api/seeker/favourites', { jobId: job }),
          ),
        heldOf: (job) => ({ job }),
        giveBack: (held) =>
          record({ w, key: held.job, op: 'unfavourite' }, () =>
            plan.client.delete(`/api/seeker/favourites/${held.job}`),
          ),
      });
    },
    async mark(plan, w, n) {
      const application = plan.applications[n % plan.applications.length];
      const mark = MARKS[(n + w) % MARKS.length];
      return record({ w, key: application.id, op: 'mark', mark, before: application.mark }, () =>
        plan.client.post('/api/employer/applications/marks', { ids: [application.id], mark }),
      );
    },
    async todo(plan, w, n) {
      const title = `崩溃测试活动 r${round} w${w} #${n}`;
      const startsAt = new Date(Date.now() + 86_400_000 * (1 + (n % 30))).toISOString();
      return record({ w, key: title, op: 'todo', title }, () =>
        plan.client.post('/api/employer/todos', { title, startsAt, location: '申江大学', note: '' }),
      );
    },
  };
  const writer = async (plan, w) => {
    if (plan.jobs?.length === 0 || plan.applications?.length === 0) return;
    for (let n = 0; n < MAX_OPS_PER_WRITER && !stop.now; n += 1) {
      if ((await steps[plan.kind](plan, w, n)).status === 'unknown') return;
    }
  };
  return { log, done: Promise.all(plans.map(writer)) };
}
