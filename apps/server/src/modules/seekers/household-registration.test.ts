import { describe, expect, it } from 'vitest';
import { householdRegistrationOf } from './household-registration';

const resident = (areaCode: string) => ({ kind: 'resident' as const, areaCode });

describe('household registration from the ID number area code', () => {
  it('names a current Shanghai district after the city', () => {
    expect(householdRegistrationOf(resident('310101'))).toBe('上海市黄浦区');
    expect(householdRegistrationOf(resident('310115'))).toBe('上海市浦东新区');
  });

  it('keeps an abolished Shanghai district as the describe function names it', () => {
    expect(householdRegistrationOf(resident('310103'))).toBe('上海市卢湾区（已撤销）');
    expect(householdRegistrationOf(resident('310230'))).toBe('上海市崇明县（已撤销）');
  });

  it('falls back to the city for an unknown Shanghai code', () => {
    expect(householdRegistrationOf(resident('310100'))).toBe('上海市');
  });

  it('names the province elsewhere', () => {
    expect(householdRegistrationOf(resident('320102'))).toBe('江苏省');
    expect(householdRegistrationOf(resident('450103'))).toBe('广西壮族自治区');
  });

  it('names the region of a residence permit and nothing for a foreign permanent resident', () => {
    expect(householdRegistrationOf({ kind: 'hk_resident_permit', areaCode: '810000' })).toBe(
      '香港特别行政区',
    );
    expect(householdRegistrationOf({ kind: 'taiwan_resident_permit', areaCode: '830000' })).toBe('台湾省');
    expect(householdRegistrationOf({ kind: 'foreign_permanent', areaCode: '932682' })).toBe('');
  });
});
