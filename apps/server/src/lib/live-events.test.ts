import fs from 'node:fs';
import path from 'node:path';
import {
  EMPLOYER_EVENT_TYPES,
  OPERATOR_EVENT_TYPES,
  SEEKER_EVENT_TYPES,
  UNIVERSITY_EVENT_TYPES,
} from '@openrecruit/shared';
import { describe, expect, it } from 'vitest';

// The event catalogue (packages/shared/src/events.ts) against the code: every catalogued type is
// published somewhere on the server, every published type is catalogued for its audience, and
// every audience's web app handles every type of its list (a Record<…EventType, handler>, which
// TypeScript keeps complete).

const root = path.resolve(import.meta.dirname, '../../../..');

function sources(dir: string, pattern: RegExp): { file: string; text: string }[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => ({
      file: path.join(dir, file),
      text: fs.readFileSync(path.join(root, dir, file), 'utf8'),
    }));
}

const server = sources('apps/server/src', /\.ts$/);
const web = sources('apps/web/src', /\.tsx?$/);

type Audience = 'seeker' | 'employer' | 'operator' | 'university';
const BUILDERS: Record<string, Audience[]> = {
  seeker: ['seeker'],
  employerAccount: ['employer'],
  company: ['employer'],
  operators: ['operator'],
  university: ['university'],
};

/** Every `live.<builder>(…, { type: '…' })` in the server, by audience. */
function publishedTypes(): Record<Audience, Set<string>> {
  const published: Record<Audience, Set<string>> = {
    seeker: new Set(),
    employer: new Set(),
    operator: new Set(),
    university: new Set(),
  };
  for (const { text } of server) {
    for (const match of text.matchAll(/\blive\.(\w+)\(/g)) {
      const builder = match[1] as string;
      if (builder === 'notification') {
        published.seeker.add('notification');
        published.employer.add('notification');
        continue;
      }
      const call = text.slice(match.index, match.index + 400);
      const type = /type:\s*'([\w.-]+)'/.exec(call)?.[1];
      const audiences = BUILDERS[builder];
      if (!audiences) throw new Error(`unknown live builder live.${builder}`);
      for (const audience of audiences) if (type) published[audience].add(type);
    }
  }
  return published;
}

describe('live event catalogue', () => {
  const published = publishedTypes();
  const catalogue: Record<Audience, readonly string[]> = {
    seeker: SEEKER_EVENT_TYPES,
    employer: EMPLOYER_EVENT_TYPES,
    operator: OPERATOR_EVENT_TYPES,
    university: UNIVERSITY_EVENT_TYPES,
  };

  for (const audience of Object.keys(catalogue) as Audience[]) {
    it(`${audience}: every catalogued type is published, and only those`, () => {
      expect([...published[audience]].sort()).toEqual([...catalogue[audience]].sort());
    });
  }

  it('every audience has a web listener that handles each type of its list', () => {
    const webText = web.map((source) => source.text).join('\n');
    for (const [list, type] of [
      ['SEEKER_EVENT_TYPES', 'SeekerEventType'],
      ['EMPLOYER_EVENT_TYPES', 'EmployerEventType'],
      ['OPERATOR_EVENT_TYPES', 'OperatorEventType'],
      ['UNIVERSITY_EVENT_TYPES', 'UniversityEventType'],
    ]) {
      expect(webText, `a web listener subscribes to ${list}`).toContain(list);
      expect(webText, `a web listener maps every ${type} to a handler`).toMatch(
        new RegExp(`Record<${type},`),
      );
    }
  });

  it('the server publishes only through publishAfterCommit and the live builders', () => {
    const raw = server
      .filter(
        ({ file }) => !file.endsWith('lib/publish-after-commit.ts') && !file.endsWith('lib/event-bus.ts'),
      )
      .filter(({ text }) => /\bevents\.publish\(/.test(text))
      .map(({ file }) => file);
    expect(raw).toEqual([]);
  });
});
