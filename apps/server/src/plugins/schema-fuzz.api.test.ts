import fc from 'fast-check';
import type { HTTPMethods } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app';
import { buildFuzzFixtures, recordCounts } from '../../test/fuzz/fuzz-fixtures';
import { type FuzzInput, fuzzOperations, inputsFor, type OpenApiDocument } from '../../test/fuzz/operations';

// Issue 10: inputs generated from each operation's schemas in the OpenAPI document, mixed with
// hostile ones, sent as the operation's area. No answer is ever ≥ 500, and a refused request
// changes no count. `npm run fuzz` sends more (FUZZ_RUNS); FUZZ_SEED replays a run.

const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 5_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_610);

/** A failing input, readable: long strings and buffers cut to their start and length. */
function describeInput(input: FuzzInput): string {
  const cut = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text);
  const payload =
    input.payload === undefined
      ? ''
      : Buffer.isBuffer(input.payload)
        ? `${JSON.stringify(input.payload.subarray(0, 300).toString('latin1'))}… (${input.payload.length} bytes)`
        : cut(input.payload);
  return `${cut(input.url)} [${input.contentType ?? 'no body'}] ${payload}`;
}

describe('schema fuzzing (fast-check)', () => {
  let t: TestApp;
  let fixtures: Awaited<ReturnType<typeof buildFuzzFixtures>>;
  beforeAll(async () => {
    t = await buildTestApp();
    fixtures = await buildFuzzFixtures(t);
  });
  afterAll(() => t.close());

  it(
    'never answers ≥ 500, and refused requests change no record',
    async () => {
      const document = (await fixtures.anonymous.get<OpenApiDocument>('/openapi.json')).body;
      const operations = fuzzOperations(document);
      const runsEach = Math.max(3, Math.ceil(TOTAL_RUNS / operations.length));
      const failures: string[] = [];
      let sent = 0;
      const answers: Record<string, number> = {};
      const started = Date.now();
      for (const [index, operation] of operations.entries()) {
        const before = await recordCounts(t);
        let accepted = false;
        const seed = SEED + index;
        const result = await fc.check(
          fc.asyncProperty(inputsFor(operation, fixtures.ownIds), async (input) => {
            const client = operation.area ? fixtures.clients[operation.area] : fixtures.anonymous;
            const withBody = !['GET', 'HEAD'].includes(operation.method) && input.payload !== undefined;
            const response = await client.request(
              operation.method as HTTPMethods,
              input.url,
              withBody ? input.payload : undefined,
              withBody && input.contentType ? { 'content-type': input.contentType } : {},
            );
            sent += 1;
            const kind = response.status === 429 ? '429' : `${String(response.status)[0]}xx`;
            answers[kind] = (answers[kind] ?? 0) + 1;
            if (response.status < 400) accepted = true;
            if (response.status >= 500) {
              throw new Error(`${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
            }
          }),
          { numRuns: runsEach, seed, endOnFailure: false },
        );
        if (result.failed) {
          const input = result.counterexample?.[0] as FuzzInput | undefined;
          failures.push(
            `${operation.name}: ${String(result.errorInstance ?? '').split('\n')[0]}\n  input: ${
              input ? describeInput(input) : '?'
            }\n  replay: FUZZ_SEED=${SEED} (operation seed ${seed}, path ${result.counterexamplePath})`,
          );
        }
        if (!accepted) {
          expect(await recordCounts(t), `${operation.name}: counts after refused requests`).toEqual(before);
        }
        // A lucky input may have ended the session (a password change): log in again for the next operation.
        if (operation.area) {
          const session = await fixtures.clients[operation.area].get(`/api/auth/${operation.area}/session`);
          if (session.status !== 200)
            fixtures.clients[operation.area] = await fixtures.logins[operation.area]();
        }
      }
      // biome-ignore lint/suspicious/noConsole: the run's size and time are this test's report
      console.log(
        `schema fuzz: ${operations.length} operations × ${runsEach} runs, ${sent} requests in ${
          Date.now() - started
        } ms (${JSON.stringify(answers)}), seed ${SEED}`,
      );
      expect(failures).toEqual([]);
    },
    Math.max(120_000, TOTAL_RUNS * 60),
  );
});
