import { describe, expect, it } from 'vitest';
import {
  COMPOUND_SURNAMES,
  maskBankCard,
  maskEmail,
  maskIdNumber,
  maskMobile,
  maskName,
  surnameOf,
} from './mask';

describe('maskIdNumber', () => {
  it('keeps the first 4 and last 4 characters of an 18-char ID at the same length', () => {
    expect(maskIdNumber('310101199001010038')).toBe('3101**********0038');
    expect(maskIdNumber(' 11010519491231002X ')).toBe('1101**********002X');
  });

  it('works for permits without revealing more than half', () => {
    expect(maskIdNumber('81000019980902013X')).toBe('8100**********013X');
    expect(maskIdNumber('H1234567800')).toBe('H1*******00');
    expect(maskIdNumber('H12345678')).toBe('H1*****78');
    expect(maskIdNumber('12345678')).toBe('12****78');
  });

  it('leaves nothing to recognise in very short input', () => {
    expect(maskIdNumber('123')).toBe('***');
    expect(maskIdNumber('')).toBe('');
  });
});

describe('maskBankCard', () => {
  it('keeps the first 4 and last 4 digits and drops grouping', () => {
    expect(maskBankCard('6200 0000 0000 0005')).toBe('6200********0005');
    expect(maskBankCard('6205-5000-0000-0000-004')).toBe('6205***********0004');
  });
});

describe('maskMobile', () => {
  it('shows the carrier prefix and the last 4 digits', () => {
    expect(maskMobile('13800000001')).toBe('138****0001');
    expect(maskMobile('138 0000 0001')).toBe('138****0001');
    expect(maskMobile('+86 138-0000-0001')).toBe('138****0001');
  });

  it('falls back to the general rule for anything else', () => {
    expect(maskMobile('021-62345678')).toBe('02*******78');
  });
});

describe('surnameOf', () => {
  it('takes the first character of an ordinary name', () => {
    expect(surnameOf('张三')).toBe('张');
    expect(surnameOf('王小明')).toBe('王');
  });

  it('recognises compound surnames when a given name follows', () => {
    expect(surnameOf('欧阳娜娜')).toBe('欧阳');
    expect(surnameOf('诸葛亮')).toBe('诸葛');
    expect(surnameOf('司马光')).toBe('司马');
  });

  it('treats a two-character name as surname + given name', () => {
    expect(surnameOf('欧阳')).toBe('欧');
  });

  it('counts a rare character outside the BMP as one character', () => {
    expect(surnameOf('𠮷野家')).toBe('𠮷');
  });

  it('lists each compound surname once, two characters each', () => {
    expect(new Set(COMPOUND_SURNAMES).size).toBe(COMPOUND_SURNAMES.length);
    for (const surname of COMPOUND_SURNAMES) expect(Array.from(surname)).toHaveLength(2);
    expect(surnameOf('')).toBe('');
  });
});

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['王小明', '王**'],
    ['欧阳娜娜', '欧阳**'],
    ['上官婉儿', '上官**'],
    ['欧阳', '欧*'],
    ['张', '张'],
    [' 李四 ', '李*'],
    ['𠮷田', '𠮷*'],
    ['', ''],
  ])('%j → %j', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});

describe('maskEmail', () => {
  it.each([
    ['zhang.san@example.com', 'z***@example.com'],
    [' Li@qq.com ', 'L***@qq.com'],
    ['a@b.cn', 'a***@b.cn'],
    ['𠮷田@example.com', '𠮷***@example.com'],
    ['noatsign', 'no****gn'],
  ])('%j → %j', (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });
});
