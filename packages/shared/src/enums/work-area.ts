// Shanghai's 16 current districts with their GB/T 2260 codes (reference §6, from modood areas.csv
// and stdnum loc.dat). Historical codes that survive in ID numbers are in validators/resident-id.
export const SHANGHAI_DISTRICTS = [
  { code: '310101', label: '黄浦区' },
  { code: '310104', label: '徐汇区' },
  { code: '310105', label: '长宁区' },
  { code: '310106', label: '静安区' },
  { code: '310107', label: '普陀区' },
  { code: '310109', label: '虹口区' },
  { code: '310110', label: '杨浦区' },
  { code: '310112', label: '闵行区' },
  { code: '310113', label: '宝山区' },
  { code: '310114', label: '嘉定区' },
  { code: '310115', label: '浦东新区' },
  { code: '310116', label: '金山区' },
  { code: '310117', label: '松江区' },
  { code: '310118', label: '青浦区' },
  { code: '310120', label: '奉贤区' },
  { code: '310151', label: '崇明区' },
] as const;

export type ShanghaiDistrictCode = (typeof SHANGHAI_DISTRICTS)[number]['code'];

// seed 000 §三.3(5): 工作地区 offers “全市”, “外省市” and each Shanghai district, in that order.
// 全市 uses Shanghai's own GB/T 2260 code; 外省市 has no single code, so it gets a non-numeric one
// that can never collide with a real division code.
export const WORK_AREAS = [
  { code: '310000', label: '全市' },
  { code: 'OUT', label: '外省市' },
  ...SHANGHAI_DISTRICTS,
] as const;

export type WorkAreaCode = (typeof WORK_AREAS)[number]['code'];
