import type { TradeBillRow } from '../payment-provider';

/**
 * Parses a v3 trade bill (pay.weixin.qq.com 交易账单详细说明): a header row, detail rows whose every
 * field starts with a backtick (so Excel keeps long numbers), then the 总交易单数… summary rows.
 * Amounts are yuan with at most 2 decimals. Columns are found by name, as the column set differs
 * between ALL/SUCCESS/REFUND bills and older merchants' formats.
 */
export function parseTradeBill(text: string): TradeBillRow[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((name) => name.trim());
  if (header[0] !== '交易时间') throw new Error('trade bill: the header row is missing');
  const summaryAt = lines.findIndex((line) => line.startsWith('总交易单数'));
  if (summaryAt < 0) throw new Error('trade bill: the summary rows are missing');

  const column = (names: string[]) => names.map((name) => header.indexOf(name)).find((index) => index >= 0);
  const at = {
    tradeTime: column(['交易时间']),
    transactionId: column(['微信订单号']),
    outTradeNo: column(['商户订单号']),
    tradeState: column(['交易状态']),
    settlement: column(['应结订单金额', '总金额']),
    amount: column(['订单金额', '应结订单金额', '总金额']),
    refundId: column(['微信退款单号']),
    outRefundNo: column(['商户退款单号']),
    refund: column(['退款金额']),
    refundStatus: column(['退款状态']),
  };

  return lines.slice(1, summaryAt).map((line, index) => {
    if (!line.startsWith('`')) throw new Error(`trade bill: row ${index + 1} is not a detail row`);
    // Split on ",`" rather than "," so a comma inside 商品名称 does not shift the columns.
    const fields = line.slice(1).split(',`');
    if (fields.length !== header.length)
      throw new Error(`trade bill: row ${index + 1} has ${fields.length} fields`);
    const field = (position: number | undefined, name: string) => {
      const value = position === undefined ? undefined : fields[position];
      if (value === undefined) throw new Error(`trade bill: no ${name} column`);
      return value.trim();
    };
    const row: TradeBillRow = {
      tradeTime: parseShanghaiDateTime(field(at.tradeTime, '交易时间')),
      transactionId: field(at.transactionId, '微信订单号'),
      outTradeNo: field(at.outTradeNo, '商户订单号'),
      tradeState: field(at.tradeState, '交易状态'),
      amountFen: yuanToFen(field(at.amount, '订单金额')),
      settlementFen: yuanToFen(field(at.settlement, '应结订单金额')),
    };
    if (row.tradeState === 'REFUND') {
      row.refundFen = yuanToFen(field(at.refund, '退款金额'));
      row.outRefundNo = field(at.outRefundNo, '商户退款单号');
      row.refundId = field(at.refundId, '微信退款单号');
      row.refundStatus = field(at.refundStatus, '退款状态');
    }
    return row;
  });
}

/** '12.30' → 1230, without going through floating point. */
export function yuanToFen(yuan: string): number {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(yuan);
  if (!match) throw new Error(`trade bill: "${yuan}" is not an amount in yuan`);
  const fen = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] === '-' ? -fen : fen;
}

function parseShanghaiDateTime(value: string): Date {
  if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value))
    throw new Error(`trade bill: bad time "${value}"`);
  return new Date(`${value.replace(' ', 'T')}+08:00`);
}
