import { invalid, type Validation, valid } from './result';

export type HkMacauTravelPermitInfo = { normalized: string; region: 'HK' | 'MO'; personKey: string };
export type TaiwanTravelPermitInfo = { normalized: string; personKey: string };

// People copy permit numbers from photos and scans, so spaces and full-width brackets are noise.
function compact(input: string): string {
  return input.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toUpperCase();
}

// 港澳居民来往内地通行证 (reference §2.2). The 2010 公安部 rule gives 11 chars: H/M, an 8-digit
// lifelong number, then a 2-digit renewal count; current cards are widely validated as the 9-char
// form. We accept both and key the person on the first 9 chars, which survive every renewal.
// There is no public check digit, so nothing more can be verified offline.
export function parseHkMacauTravelPermit(input: string): Validation<HkMacauTravelPermitInfo> {
  const normalized = compact(input);
  if (!/^[HM](\d{8}|\d{10})$/.test(normalized)) {
    return invalid('HK_MO_PERMIT_FORMAT', '港澳居民来往内地通行证号码应为H或M加8位或10位数字');
  }
  return valid({
    normalized,
    region: normalized.startsWith('H') ? 'HK' : 'MO',
    personKey: normalized.slice(0, 9),
  });
}

// 台湾居民来往大陆通行证 (reference §2.3): 8 digits, one lifelong number per person since
// 2008-09-25. Older cards added a 2-digit issue count and a bracketed issuer code, e.g.
// 12345678 01 (B); those are still accepted with a warning, keyed on the lifelong 8 digits.
export function parseTaiwanTravelPermit(input: string): Validation<TaiwanTravelPermitInfo> {
  const normalized = compact(input);
  if (/^\d{8}$/.test(normalized)) return valid({ normalized, personKey: normalized });
  if (/^\d{10}(\([0-9A-Z]\))?$/.test(normalized)) {
    return valid({ normalized, personKey: normalized.slice(0, 8) }, [
      '这是2008年以前的旧版台胞证号码，请核对是否已换发8位新号码',
    ]);
  }
  return invalid('TW_PERMIT_FORMAT', '台湾居民来往大陆通行证号码应为8位数字');
}
