import { describe, expect, it } from 'vitest';
import { buildInterviewCalendar, escapeText, foldLine } from './interview-calendar';

describe('interview calendar (RFC 5545)', () => {
  const calendar = buildInterviewCalendar({
    uid: 'interview-1@openrecruit',
    stamp: new Date('2026-11-21T08:39:12.345Z'),
    start: new Date('2026-11-22T06:00:00Z'),
    summary: '面试：软件工程师（上海申城智造科技有限公司）',
    location: '上海市浦东新区张江路88号, 3楼; 前台',
    description: '单位联系人：张璇\n电话：021-50800000\n备注：请携带身份证\\学历证书',
  });
  const lines = calendar.split('\r\n');

  it('is one VEVENT in a VCALENDAR, every line ended by CRLF', () => {
    expect(calendar.endsWith('\r\n')).toBe(true);
    expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//OpenRecruit//Interview//ZH-CN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
    ]);
    expect(lines.slice(-3)).toEqual(['END:VEVENT', 'END:VCALENDAR', '']);
  });

  it('gives times in UTC with a one-hour default length', () => {
    expect(lines).toContain('UID:interview-1@openrecruit');
    expect(lines).toContain('DTSTAMP:20261121T083912Z');
    expect(lines).toContain('DTSTART:20261122T060000Z');
    expect(lines).toContain('DTEND:20261122T070000Z');
  });

  it('escapes backslashes, commas, semicolons and newlines', () => {
    expect(escapeText('a\\b,c;d\ne')).toBe('a\\\\b\\,c\\;d\\ne');
    const unfolded = calendar.replace(/\r\n /g, '');
    expect(unfolded).toContain('LOCATION:上海市浦东新区张江路88号\\, 3楼\\; 前台');
    expect(unfolded).toContain(
      'DESCRIPTION:单位联系人：张璇\\n电话：021-50800000\\n备注：请携带身份证\\\\学历证书',
    );
    expect(unfolded).toContain('SUMMARY:面试：软件工程师（上海申城智造科技有限公司）');
  });

  it('folds lines at 75 octets without splitting a Chinese character', () => {
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const long = `DESCRIPTION:${'面试'.repeat(40)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n').length).toBeGreaterThan(1);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((piece) => piece.startsWith(' ')),
    ).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    expect(folded).not.toContain('\uFFFD');
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });
});
