import { describe, expect, it } from 'vitest';
import {
  ageOn,
  convertLegacyResidentId,
  describeShanghaiArea,
  parseResidentId,
  residentIdCheckChar,
} from './resident-id';

const TODAY = new Date('2024-06-01T12:00:00+08:00');

function failure(input: string, options?: Parameters<typeof parseResidentId>[1]) {
  const result = parseResidentId(input, options);
  return result.ok ? undefined : { code: result.code, reason: result.reason };
}

describe('parseResidentId: reference §1 worked examples (GB 11643-1999)', () => {
  it.each([
    ['11010519491231002X', '1949-12-31', 'F', '110105', '11'], // Annex A, 北京市朝阳区, S=167
    ['440524188001010014', '1880-01-01', 'M', '440524', '44'], // Annex A, 汕头, S=195, born 1880
    ['360426199101010071', '1991-01-01', 'M', '360426', '36'], // stdnum, 德安县, S=231
    ['44011320141005001X', '2014-10-05', 'M', '440113', '44'], // stdnum, 番禺区, S=145
    ['321083197812162119', '1978-12-16', 'M', '321083', '32'], // hutool, S=289
  ])('%s → born %s, sex %s', (id, birthDate, sex, areaCode, provinceCode) => {
    expect(parseResidentId(id, { today: TODAY })).toEqual({
      ok: true,
      value: { normalized: id, kind: 'resident', birthDate, sex, areaCode, provinceCode },
      warnings: [],
    });
    expect(residentIdCheckChar(id.slice(0, 17))).toBe(id[17]);
  });

  it('computes the hutool age: 38 on 2017-04-10', () => {
    expect(ageOn('1978-12-16', new Date('2017-04-10T12:00:00+08:00'))).toBe(38);
  });
});

describe('parseResidentId: permits and foreign permanent IDs (reference §1, §2.1)', () => {
  it.each([
    ['81000019980902013X', 'hk_resident_permit', '1998-09-02', 'M', '81'],
    ['820000200009100032', 'macau_resident_permit', '2000-09-10', 'M', '82'],
    ['830000200209060065', 'taiwan_resident_permit', '2002-09-06', 'F', '83'],
    ['932682198501010017', 'foreign_permanent', '1985-01-01', 'M', '32'],
  ])('%s is a %s', (id, kind, birthDate, sex, provinceCode) => {
    const result = parseResidentId(id, { today: TODAY });
    expect(result.ok && result.value).toMatchObject({ normalized: id, kind, birthDate, sex, provinceCode });
  });

  it('rejects an 8x number that is not a permit address code', () => {
    expect(failure('810101199001010010')?.code).toBe('ID_PROVINCE');
  });
});

describe('parseResidentId: normalisation and historical codes', () => {
  it('accepts a lowercase x and surrounding spaces', () => {
    const result = parseResidentId('  11010519491231002x ', { today: TODAY });
    expect(result.ok && result.value.normalized).toBe('11010519491231002X');
  });

  it.each([
    '310103199001010031', // 卢湾区
    '310108198506150029', // 闸北区
    '310119199001010016', // 南汇区
    '310230197505050024', // 崇明县
  ])('accepts %s although its district no longer exists', (id) => {
    expect(parseResidentId(id, { today: TODAY }).ok).toBe(true);
  });
});

describe('parseResidentId: failures, in check order', () => {
  it('names a legacy 15-digit number', () => {
    expect(failure('150102880730303')).toEqual({
      code: 'ID_LEGACY_15',
      reason: '这是旧版15位身份证号，请输入18位身份证号',
    });
  });

  it('rejects the wrong length and stray characters', () => {
    expect(failure('31010119900101003')).toEqual({ code: 'ID_LENGTH', reason: '身份证号应为18位' });
    expect(failure('')?.code).toBe('ID_LENGTH');
    expect(failure('3101011990010100A9')?.code).toBe('ID_FORMAT');
    expect(failure('31010119900101003Y')?.code).toBe('ID_FORMAT');
  });

  it('rejects an unknown province code even with a correct check char', () => {
    expect(failure('000000199001010018')).toEqual({
      code: 'ID_PROVINCE',
      reason: '身份证号前两位地区码不正确',
    });
  });

  it('rejects dates that are not on the calendar', () => {
    expect(failure('310101199002300030')).toEqual({
      code: 'ID_BIRTH_DATE',
      reason: '身份证号中的出生日期不正确',
    });
    expect(failure('310101199302290016')?.code).toBe('ID_BIRTH_DATE');
    expect(failure('310101179901010016')?.code).toBe('ID_BIRTH_DATE');
    expect(failure('310101199013010016')?.code).toBe('ID_BIRTH_DATE');
  });

  it('rejects a birth date after today (Asia/Shanghai)', () => {
    expect(failure('310101202501010013', { today: TODAY })).toEqual({
      code: 'ID_BIRTH_FUTURE',
      reason: '身份证号中的出生日期晚于今天',
    });
    // 2024-12-31T16:00Z is already 2025-01-01 in Shanghai.
    expect(parseResidentId('310101202501010013', { today: new Date('2024-12-31T16:00:00Z') }).ok).toBe(true);
  });

  it('rejects a wrong check char', () => {
    expect(failure('110105194912310021')).toEqual({ code: 'ID_CHECKSUM', reason: '身份证号校验位不正确' });
    expect(failure('440524188001010015')?.code).toBe('ID_CHECKSUM');
  });

  it('rejects someone under minAge on a fixed day, and accepts them on their birthday', () => {
    const id = '310115201006010028'; // born 2010-06-01
    expect(failure(id, { today: new Date('2026-05-31T12:00:00+08:00'), minAge: 16 })).toEqual({
      code: 'ID_TOO_YOUNG',
      reason: '未满16周岁，不能注册',
    });
    expect(parseResidentId(id, { today: new Date('2026-05-31T16:00:00Z'), minAge: 16 }).ok).toBe(true);
  });
});

describe('helpers', () => {
  it('converts a legacy 15-digit number (reference §1 hutool example)', () => {
    expect(convertLegacyResidentId('150102880730303')).toBe('150102198807303035');
    expect(() => convertLegacyResidentId('15010288073030')).toThrow(RangeError);
  });

  it('refuses a check-char input that is not 17 digits', () => {
    expect(() => residentIdCheckChar('1101051949123100')).toThrow(RangeError);
  });

  it('counts a 29 February birthday as reached on 1 March', () => {
    expect(ageOn('1992-02-29', new Date('2010-02-28T12:00:00+08:00'))).toBe(17);
    expect(ageOn('1992-02-29', new Date('2010-03-01T12:00:00+08:00'))).toBe(18);
  });

  it('describes current and abolished Shanghai districts', () => {
    expect(describeShanghaiArea('310115')).toBe('浦东新区');
    expect(describeShanghaiArea('310151')).toBe('崇明区');
    expect(describeShanghaiArea('310103')).toBe('卢湾区（已撤销）');
    expect(describeShanghaiArea('310108')).toBe('闸北区（已撤销）');
    expect(describeShanghaiArea('310119')).toBe('南汇区（已撤销）');
    expect(describeShanghaiArea('310230')).toBe('崇明县（已撤销）');
    expect(describeShanghaiArea('320101')).toBeUndefined();
  });
});
