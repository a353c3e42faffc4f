import { z } from 'zod';

/** The shapes of the v3 responses and notices we read (only the fields we use; WeChat adds fields freely). */

const TradeState = z.enum(['NOTPAY', 'SUCCESS', 'CLOSED', 'REFUND', 'USERPAYING', 'PAYERROR', 'REVOKED']);
const RefundStatus = z.enum(['SUCCESS', 'PROCESSING', 'CLOSED', 'ABNORMAL']);
const Fen = z.number().int().nonnegative();

/** 4xx/5xx bodies: {code, message, detail?}. */
export const ErrorBody = z.object({ code: z.string(), message: z.string().optional() });

/** POST /v3/pay/transactions/native. */
export const NativeOrderResponse = z.object({ code_url: z.string().min(1) });

/** GET /v3/pay/transactions/out-trade-no/{out_trade_no}, and the plaintext of a TRANSACTION.* notice. */
export const Transaction = z.object({
  appid: z.string(),
  mchid: z.string(),
  out_trade_no: z.string(),
  transaction_id: z.string().optional(),
  trade_state: TradeState,
  success_time: z.string().optional(),
  amount: z.object({ total: Fen.optional(), payer_total: Fen.optional() }).optional(),
});
export type Transaction = z.infer<typeof Transaction>;

/** POST /v3/refund/domestic/refunds. */
export const RefundResponse = z.object({ refund_id: z.string(), status: RefundStatus });

/** The plaintext of a REFUND.* notice. */
export const RefundNotice = z.object({
  mchid: z.string(),
  out_trade_no: z.string(),
  transaction_id: z.string(),
  out_refund_no: z.string(),
  refund_id: z.string(),
  refund_status: RefundStatus,
  success_time: z.string().optional(),
  amount: z.object({ total: Fen, refund: Fen }),
});

/** GET /v3/bill/tradebill. */
export const TradeBillResponse = z.object({
  hash_type: z.literal('SHA1'),
  hash_value: z.string().regex(/^[0-9a-fA-F]{40}$/),
  download_url: z.url(),
});

/** The envelope of every notice (支付通知/退款结果通知). */
export const NoticeEnvelope = z.object({
  id: z.string(),
  event_type: z.string(),
  resource_type: z.literal('encrypt-resource'),
  resource: z.object({
    algorithm: z.literal('AEAD_AES_256_GCM'),
    original_type: z.string().optional(),
    ciphertext: z.string(),
    associated_data: z.string().optional(),
    nonce: z.string(),
  }),
});

/** GET /v3/certificates (下载平台证书): each certificate encrypted with the APIv3 key. */
export const CertificatesResponse = z.object({
  data: z.array(
    z.object({
      serial_no: z.string().min(1),
      effective_time: z.string(),
      expire_time: z.iso.datetime({ offset: true }),
      encrypt_certificate: z.object({
        algorithm: z.literal('AEAD_AES_256_GCM'),
        nonce: z.string(),
        associated_data: z.string(),
        ciphertext: z.string(),
      }),
    }),
  ),
});
