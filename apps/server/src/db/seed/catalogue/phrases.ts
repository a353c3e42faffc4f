import type { CompanyNatureCode } from '@openrecruit/shared';

/** How an introduction describes the employer's ownership ('……的民营企业'). */
export const NATURE_PHRASES: Readonly<Record<CompanyNatureCode, string>> = {
  state_owned: '国有控股企业',
  private: '民营企业',
  foreign: '外商独资企业',
  joint_venture: '中外合资企业',
  public_institution: '公益类事业单位',
  government: '机关单位',
  social_organization: '民办非企业单位',
  military: '单位',
  other: '企业',
};

/** Closing sentences of a company introduction: what employees get. */
export const WELFARE_SENTENCES: readonly string[] = [
  '公司依法为员工缴纳五险一金，提供带薪年假、节日福利和年度体检。',
  '我们重视人才培养，建立了完善的培训体系和晋升通道，诚邀有志之士加入。',
  '公司提供有竞争力的薪酬和良好的工作环境，欢迎认同企业文化的伙伴加入。',
  '公司为员工提供工作餐、通勤班车和员工宿舍，解决员工后顾之忧。',
  '我们倡导务实、协作、创新的企业文化，期待与您共同成长。',
];

export const INSTITUTION_CLOSINGS: readonly string[] = [
  '单位按规定为职工缴纳社会保险和住房公积金，欢迎热爱公益事业的人士加入。',
  '我们秉承以人为本、服务社区的理念，诚聘优秀人才。',
];
