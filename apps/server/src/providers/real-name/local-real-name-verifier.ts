import { parseBankCard, parseMobile, parseResidentId } from '@openrecruit/shared';
import type { RealNameClaim, RealNameOutcome, RealNameVerifier } from './real-name-verifier';

const ROUTE_NOTICE: Record<RealNameClaim['route'], string> = {
  bank_card: '未连接银联/银行四要素核验服务',
  alipay: '未连接支付宝身份验证服务',
  face: '未连接人脸识别服务',
};

/**
 * The built-in verifier. It can only check what the numbers themselves say: formats, the ID's check
 * character and birth date, age, and that the fields agree with each other. It says so.
 */
export class LocalRealNameVerifier implements RealNameVerifier {
  readonly name = '本地核验（开发环境）';
  readonly notice =
    '本平台当前使用内置核验：已校验姓名、身份证号（校验位、出生日期、年龄）、手机号与银行卡号的格式及相互一致性，但未向银行、支付宝或人脸识别服务核实本人身份。';

  async verify(claim: RealNameClaim): Promise<RealNameOutcome> {
    const id = parseResidentId(claim.idNumber, { minAge: 16 });
    if (!id.ok) return { passed: false, reason: id.reason, field: 'idNumber' };
    if (!parseMobile(claim.mobile).ok) return { passed: false, reason: '手机号格式不正确', field: 'mobile' };
    const card = parseBankCard(claim.bankCard);
    if (!card.ok) return { passed: false, reason: card.reason, field: 'bankCard' };
    // Consistency: the card number must not be the ID or the phone number typed into the wrong box.
    if (
      card.value.normalized.includes(claim.mobile) ||
      card.value.normalized === id.value.normalized.slice(0, 17)
    ) {
      return { passed: false, reason: '银行卡号与其他信息重复，请核对', field: 'bankCard' };
    }
    return {
      passed: true,
      warnings: [...id.warnings, ...card.warnings, `${ROUTE_NOTICE[claim.route]}，仅完成本地校验`],
    };
  }
}
