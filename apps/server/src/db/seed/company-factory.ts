import {
  type CompanyNatureCode,
  type IndustryCode,
  parseCreditCode,
  parseOrganizationCode,
  type ShanghaiDistrictCode,
} from '@openrecruit/shared';
import { DISTRICT_DETAILS, type DistrictDetail, districtDetail } from './catalogue/districts';
import {
  type BusinessLine,
  INDUSTRY_PROFILES,
  type IndustryProfile,
  type OrgKind,
} from './catalogue/industries';
import { BRAND_HEADS, BRAND_TAILS, RESERVED_BRANDS } from './catalogue/names';
import { INSTITUTION_CLOSINGS, NATURE_PHRASES, WELFARE_SENTENCES } from './catalogue/phrases';
import type { Random } from './random';

/** The insert fields of `companies` that a generator decides (no id, timestamps or verification). */
export interface CompanySeed {
  name: string;
  code: string;
  codeKind: 'credit_code';
  province: '上海市';
  city: '上海市';
  district: ShanghaiDistrictCode;
  address: string;
  landline: string;
  email: string;
  recruitEmail: string;
  postcode: string;
  nature: CompanyNatureCode;
  industry: IndustryCode;
  introduction: string;
}

// GB 32100 code charset (reference §3), needed to draw random bodies and to try check chars.
const CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CODE_CHARS = [...CODE_CHARSET];
const TLDS = [
  ['com.cn', 5],
  ['com', 3],
  ['cn', 2],
] as const;
// Headcounts as introductions state them: round numbers followed by 余人.
const ENTERPRISE_STAFF = [30, 50, 60, 80, 100, 120, 150, 200, 300, 400, 500, 600, 800];

export function generateCompanies(count: number, random: Random): CompanySeed[] {
  const names = new Set<string>();
  const codes = new Set<string>();
  const domains = new Set<string>();
  // The first 16 employers visit every district once (浦东 first), so none is ever left empty.
  const coverage = [...DISTRICT_DETAILS].sort(
    (a, b) => Number(b.code === '310115') - Number(a.code === '310115'),
  );
  const companies: CompanySeed[] = [];
  for (let attempts = 0; companies.length < count; attempts++) {
    if (attempts > count * 50) throw new Error(`Could not generate ${count} distinct companies`);
    const forced = coverage[companies.length];
    const industry = forced
      ? random.weighted(INDUSTRY_PROFILES.map((p) => [p, p.weight * p.zones[forced.zone]] as const))
      : random.weighted(INDUSTRY_PROFILES.map((p) => [p, p.weight] as const));
    const district =
      forced ?? random.weighted(DISTRICT_DETAILS.map((d) => [d, d.weight * industry.zones[d.zone]] as const));
    const company = draftCompany(random, industry, random.pick(industry.lines), district);
    const domain = company.recruitEmail.split('@')[1]!;
    if (names.has(company.name) || codes.has(company.code) || domains.has(domain)) continue;
    names.add(company.name);
    codes.add(company.code);
    domains.add(domain);
    companies.push(company);
  }
  return companies;
}

function draftCompany(
  random: Random,
  industry: IndustryProfile,
  line: BusinessLine,
  district: DistrictDetail,
): CompanySeed {
  const kind = line.kind ?? 'enterprise';
  const [head, tail] = pickBrand(random);
  const brand = head[0] + tail[0];
  const nature: CompanyNatureCode =
    kind === 'institution'
      ? 'public_institution'
      : kind === 'social'
        ? 'social_organization'
        : random.weighted(industry.natures);
  const form = random.weighted([
    ['有限公司', 78],
    ['股份有限公司', 15],
    ['集团有限公司', 7],
  ] as const);
  const name = line.pattern
    ? line.pattern.replace('{d}', district.label).replace('{b}', brand)
    : nature === 'foreign' && random.chance(0.7)
      ? `${brand}（上海）${line.word}有限公司`
      : `上海${brand}${line.word}${form}`;
  // Registered since 2016 means a post-reform code body (MA… for firms, MJ… for 民非).
  const founded =
    kind === 'institution' ? random.int(1985, 2012) : random.int(kind === 'social' ? 2016 : 1996, 2023);
  const prefix = kind === 'institution' ? '12' : kind === 'social' ? '52' : '91';
  const body =
    kind === 'institution'
      ? `42${digits(random, 6)}`
      : kind === 'social'
        ? `MJ${chars(random, 6)}`
        : founded >= 2016
          ? `MA1${chars(random, 5)}`
          : `${random.pick(['1', '5', '6', '7'])}${digits(random, 7)}`;
  const pinyin = head[1] + tail[1];
  // Foreign-invested firms use their group's .com; institutions and 民非 use .org.cn.
  const tld = nature === 'foreign' ? 'com' : random.weighted(TLDS);
  const domain =
    kind === 'enterprise' ? `${pinyin}${line.slug}.${tld}` : `${district.slug}${pinyin}${line.slug}.org.cn`;
  const staff = random.pick(
    name.includes('集团')
      ? [1000, 1500, 2000, 3000, 5000]
      : kind === 'enterprise'
        ? ENTERPRISE_STAFF
        : [40, 60, 80, 100, 150, 200],
  );
  return {
    name,
    code: creditCode(prefix, district.code, body),
    codeKind: 'credit_code',
    province: '上海市',
    city: '上海市',
    district: district.code,
    address: streetAddress(
      random,
      district.code,
      kind === 'enterprise' ? addressStyle(industry.code) : 'shop',
    ),
    landline: shanghaiLandline(random, district.code),
    email: `${random.pick(['info', 'service', 'contact', 'office'])}@${domain}`,
    recruitEmail: `${random.pick(['hr', 'zhaopin', 'job', 'recruit'])}@${domain}`,
    postcode: random.pick(district.postcodes),
    nature,
    industry: industry.code,
    introduction: introduce(random, { name, kind, nature, founded, staff, line, district }),
  };
}

function pickBrand(random: Random): readonly [readonly [string, string], readonly [string, string]] {
  for (;;) {
    const head = random.pick(BRAND_HEADS);
    const tail = random.pick(BRAND_TAILS);
    if (head[0] !== tail[0] && !RESERVED_BRANDS.has(head[0] + tail[0])) return [head, tail];
  }
}

const digits = (random: Random, n: number) => Array.from({ length: n }, () => random.int(0, 9)).join('');
const chars = (random: Random, n: number) =>
  Array.from({ length: n }, () => random.pick(CODE_CHARS)).join('');

/**
 * prefix + area + 8-char organisation body + its GB 11714 check + the GB 32100 check. Both check
 * chars are found by asking the shared validators, so the algorithms live in one place only.
 */
function creditCode(prefix: string, area: string, body: string): string {
  const orgCheck = [...'0123456789X'].find((c) => parseOrganizationCode(`${body}-${c}`).ok);
  const first17 = `${prefix}${area}${body}${orgCheck}`;
  const check = CODE_CHARS.find((c) => parseCreditCode(first17 + c).ok);
  if (!orgCheck || !check) throw new Error(`No check character for ${first17}`);
  return first17 + check;
}

export type AddressStyle = 'plant' | 'office' | 'shop';

function addressStyle(industry: IndustryCode): AddressStyle {
  if ('ACDGN'.includes(industry)) return 'plant';
  return 'EFHKOPQ'.includes(industry) ? 'shop' : 'office';
}

/** A street address in the district, e.g. '浦东新区张江路 665 号 3 幢'. */
export function streetAddress(random: Random, district: string, style: AddressStyle): string {
  const detail = districtDetail(district);
  const road = random.pick(detail.roads);
  const number = road.endsWith('公路') ? random.int(100, 5999) : random.int(1, 1500);
  const suffix = {
    plant: () => random.pick(['', ` ${random.int(1, 8)} 幢`, ` ${random.int(1, 5)} 号厂房`]),
    office: () => {
      const floor = random.int(2, 28);
      return random.pick([
        ` ${floor} 层 ${floor}${String(random.int(1, 20)).padStart(2, '0')} 室`,
        ` ${random.int(1, 6)} 号楼 ${floor} 层`,
      ]);
    },
    shop: () => random.pick(['', ` ${random.int(1, 3)} 层`, ` ${random.int(1, 5)} 号楼`]),
  }[style]();
  return `${detail.label}${road} ${number} 号${suffix}`;
}

/** '021-' + 8 digits starting with a prefix used in the district. */
export function shanghaiLandline(random: Random, district: string): string {
  return `021-${random.pick(districtDetail(district).phonePrefixes)}${digits(random, 6)}`;
}

interface IntroFacts {
  name: string;
  kind: OrgKind;
  nature: CompanyNatureCode;
  founded: number;
  staff: number;
  line: BusinessLine;
  district: DistrictDetail;
}

function introduce(random: Random, f: IntroFacts): string {
  const [first, second] = random.shuffle(f.line.highlights);
  const opening =
    f.kind === 'enterprise'
      ? `${f.name}成立于${f.founded}年，位于${f.district.label}，是一家专注于${f.line.business}的${NATURE_PHRASES[f.nature]}。`
      : `${f.name}成立于${f.founded}年，是${f.district.label}的${NATURE_PHRASES[f.nature]}，主要开展${f.line.business}。`;
  // Highlights have no subject of their own; they share the staff sentence's topic.
  const facts = [`${f.kind === 'enterprise' ? '公司现有员工' : '现有工作人员'}${f.staff}余人`, first];
  if (second && random.chance(0.6)) facts.push(second);
  const sentences = [opening, `${facts.join('，')}。`];
  if (random.chance(0.7))
    sentences.push(random.pick(f.kind === 'enterprise' ? WELFARE_SENTENCES : INSTITUTION_CLOSINGS));
  return sentences.join('');
}
