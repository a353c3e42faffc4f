import { describeShanghaiArea, PROVINCES, type ResidentIdInfo } from '@openrecruit/shared';

// 国办发〔2018〕81号: Taiwan residents' residence permits carry area code 830000; the province list
// names Taiwan by its GB/T 2260 code 71.
const PERMIT_PROVINCE: Record<string, string> = { '83': '71' };

/**
 * 户籍 as the authority shows it (seed 000 §二: 基本信息由人社部门提供), read from the ID number's area
 * code at sign-up: '上海市黄浦区' for a Shanghai district (an abolished one as '上海市卢湾区（已撤销）'),
 * otherwise the province. A foreign permanent resident ID names no household registration: ''.
 */
export function householdRegistrationOf(id: Pick<ResidentIdInfo, 'kind' | 'areaCode'>): string {
  if (id.kind === 'foreign_permanent') return '';
  const provinceCode = id.areaCode.slice(0, 2);
  if (provinceCode === '31') {
    const district = describeShanghaiArea(id.areaCode);
    return district ? `上海市${district}` : '上海市';
  }
  const label = PROVINCES.find((p) => p.code === (PERMIT_PROVINCE[provinceCode] ?? provinceCode))?.label;
  return label ?? '';
}
