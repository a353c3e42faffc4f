// After the restart: every acknowledged write is in the database, and the rules still hold.

/**
 * `log`: the writers' requests in order. Returns counts and the list of losses/violations (empty
 * when all is well). `scratch.query` reads the database directly.
 */
export async function verifyWrites(scratch, { log, seekerAccountId }) {
  const problems = [];
  const acked = log.filter((e) => e.status === 'ack');
  let found = 0;
  const inList = (ids) => (ids.length ? ids.map((id) => `'${id}'`).join(',') : 'null');

  // Applications: each acknowledged apply is a row of that job; each acknowledged withdraw took it back.
  const applicationIds = acked.flatMap((e) =>
    e.op === 'apply' ? [e.response.application.id] : e.op === 'withdraw' ? [e.id] : [],
  );
  const rows = await scratch.query(
    `select id, job_id, withdrawn_at is not null as withdrawn from applications where id in (${inList(applicationIds)})`,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const entry of acked) {
    if (entry.op === 'apply') {
      const row = byId.get(entry.response.application.id);
      if (row?.job_id === entry.key) found += 1;
      else problems.push(`lost: apply to job ${entry.key} (application ${entry.response.application.id})`);
    } else if (entry.op === 'withdraw') {
      if (byId.get(entry.id)?.withdrawn) found += 1;
      else problems.push(`lost: withdraw of application ${entry.id}`);
    }
  }

  // Favourites and marks: the last acknowledged state of each key (or an unknown later one).
  const favourites = new Set(
    (await scratch.query(`select job_id from favourites where seeker_account_id = '${seekerAccountId}'`)).map(
      (row) => row.job_id,
    ),
  );
  const markIds = [...new Set(log.filter((e) => e.op === 'mark').map((e) => e.key))];
  const marks = new Map(
    (await scratch.query(`select id, mark from applications where id in (${inList(markIds)})`)).map((row) => [
      row.id,
      row.mark,
    ]),
  );
  found += checkStates(log, problems, {
    ops: ['favourite', 'unfavourite'],
    // The favourites writers start from the seeker's list: a first unfavourite removes a held one.
    initial: (e) => e.op === 'unfavourite',
    stateAfter: (e) => e.op === 'favourite',
    actual: (key) => favourites.has(key),
  });
  found += checkStates(log, problems, {
    ops: ['mark'],
    initial: (e) => e.before ?? null,
    stateAfter: (e) => e.mark,
    actual: (key) => marks.get(key) ?? null,
  });

  // To-dos: every acknowledged one exists, once, by its id; one cut by the kill at most once; a rejected one not.
  const todos = log.filter((e) => e.op === 'todo');
  const rowsByTitle = new Map();
  for (const row of await scratch.query(
    `select id, title from employer_todos where title in (${todos.map((e) => `'${e.title}'`).join(',') || 'null'})`,
  )) {
    rowsByTitle.set(row.title, [...(rowsByTitle.get(row.title) ?? []), row.id]);
  }
  for (const entry of todos) {
    const ids = rowsByTitle.get(entry.title) ?? [];
    if (entry.status === 'ack' && ids.length === 1 && ids[0] === entry.response.id) found += 1;
    else if (entry.status === 'ack')
      problems.push(`lost: to-do "${entry.title}" ${entry.response.id} (rows: ${ids})`);
    else if (ids.length > (entry.status === 'unknown' ? 1 : 0)) {
      problems.push(`to-do "${entry.title}" ${entry.status} but ${ids.length} rows`);
    }
  }
  return { acknowledged: acked.length, found, problems };
}

/** Per key: the set of states the log allows; the database must hold one of them. */
function checkStates(log, problems, { ops, initial, stateAfter, actual }) {
  const allowed = new Map();
  let found = 0;
  const lastAck = new Map();
  for (const entry of log.filter((e) => ops.includes(e.op))) {
    const states = allowed.get(entry.key) ?? [initial(entry)];
    if (entry.status === 'ack') {
      allowed.set(entry.key, [stateAfter(entry)]);
      lastAck.set(entry.key, entry);
    } else if (entry.status === 'unknown') allowed.set(entry.key, [...states, stateAfter(entry)]);
    else allowed.set(entry.key, states);
  }
  for (const [key, states] of allowed) {
    const value = actual(key);
    if (states.includes(value)) {
      // An acknowledged write overwritten by a later acknowledged one is accounted for by the later one.
      found += log.filter((e) => e.key === key && e.status === 'ack').length;
    } else {
      problems.push(
        `lost: ${lastAck.get(key)?.op ?? ops[0]} of ${key}: expected ${states.join(' or ')}, found ${value}`,
      );
    }
  }
  return found;
}

/** Rules that must hold whatever was cut: seed 000 §四 (10 current), §七.3 (10 favourites), no orphans. */
export async function checkInvariants(scratch) {
  const problems = [];
  const check = async (label, text) => {
    const rows = await scratch.query(text);
    if (rows.length > 0) problems.push(`${label}: ${JSON.stringify(rows.slice(0, 3))}`);
  };
  await check(
    'an application without its job',
    'select a.id from applications a left join jobs j on j.id = a.job_id where j.id is null',
  );
  await check(
    'more than 10 current applications',
    `select seeker_account_id, count(*)::int as n from applications
      where withdrawn_at is null and source = 'application' group by 1 having count(*) > 10`,
  );
  await check(
    'two current applications to one job',
    `select seeker_account_id, job_id from applications where withdrawn_at is null and source <> 'talent_download'
      group by 1, 2 having count(*) > 1`,
  );
  await check(
    'more than 10 favourites',
    'select seeker_account_id, count(*)::int as n from favourites group by 1 having count(*) > 10',
  );
  await check(
    'a favourite of a missing job',
    'select f.job_id from favourites f left join jobs j on j.id = f.job_id where j.id is null',
  );
  await check(
    'universities not 3 (demo data loaded twice or half)',
    'select n from (select count(*)::int as n from universities) c where n <> 3',
  );
  return problems;
}
