import { describe, expect, it } from 'vitest';
import { parseTradeBill, yuanToFen } from './trade-bill';

// An ALL bill in the documented layout (pay.weixin.qq.com 交易账单详细说明): every field of the detail
// and summary rows starts with a backtick; 商品名称 of the first row contains a comma.
const BILL = [
  '\uFEFF交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注',
  '`2026-12-01 10:00:00,`wxd678efh567hg6787,`1900009191,`0,`,`4200002876202612011234567890,`PO20261201001,`oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,`NATIVE,`SUCCESS,`OTHERS,`CNY,`99.00,`0.00,`0,`0,`0.00,`0.00,`,`,`积分充值,990 积分,`,`0.59000,`0.60%,`99.00,`0.00,`',
  '`2026-12-01 23:59:59,`wxd678efh567hg6787,`1900009191,`0,`,`4200002876202611301111111111,`PO20261130009,`oUpF8uMuAJO_M2pxb1Q9zNjWeS6o,`NATIVE,`REFUND,`OTHERS,`CNY,`0.00,`0.00,`50300908092026120112345678901,`RF20261201001,`0.5,`0.00,`ORIGINAL,`SUCCESS,`积分充值,`,`-0.00300,`0.60%,`0.00,`0.50,`',
  '总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额',
  '`2,`99.00,`0.50,`0.00,`0.58700,`99.00,`0.50',
  '',
].join('\r\n');

describe('parseTradeBill', () => {
  it('reads the detail rows by column name, amounts in fen, times in Beijing time, and skips the summary', () => {
    expect(parseTradeBill(BILL)).toEqual([
      {
        tradeTime: new Date('2026-12-01T02:00:00Z'),
        transactionId: '4200002876202612011234567890',
        outTradeNo: 'PO20261201001',
        tradeState: 'SUCCESS',
        amountFen: 9900,
        settlementFen: 9900,
      },
      {
        tradeTime: new Date('2026-12-01T15:59:59Z'),
        transactionId: '4200002876202611301111111111',
        outTradeNo: 'PO20261130009',
        tradeState: 'REFUND',
        amountFen: 0,
        settlementFen: 0,
        refundFen: 50,
        outRefundNo: 'RF20261201001',
        refundId: '50300908092026120112345678901',
        refundStatus: 'SUCCESS',
      },
    ]);
  });

  it('refuses a bill cut before its summary or with a shifted row', () => {
    expect(() => parseTradeBill(BILL.split('总交易单数')[0]!)).toThrow('summary rows are missing');
    expect(() => parseTradeBill(BILL.replace('`NATIVE,`SUCCESS', '`NATIVE'))).toThrow('has 26 fields');
  });

  it('converts yuan without floating point', () => {
    expect(yuanToFen('0.01')).toBe(1);
    expect(yuanToFen('19.9')).toBe(1990);
    expect(yuanToFen('1234567.89')).toBe(123456789);
    expect(yuanToFen('-0.30')).toBe(-30);
    expect(() => yuanToFen('1.234')).toThrow();
  });
});
