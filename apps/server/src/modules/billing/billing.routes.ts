import {
  CreateRechargeInput,
  IdempotencyHeaders,
  OpsOrder,
  OpsOrderPage,
  OpsOrderQuery,
  PointsExportQuery,
  PointsStatement,
  PointsStatementQuery,
  PointsWallet,
  RechargeOrder,
  ReconciliationInput,
  ReconciliationReport,
  ReconciliationRunPage,
  ReconciliationRunQuery,
  RefundOrderInput,
  SandboxCashierOrder,
  SandboxOutcomeParams,
} from '@openrecruit/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireCompanyMember, requireOperator } from '../../plugins/access';
import { authenticated } from '../../plugins/auth';
import { errorResponses } from '../../plugins/schemas';
import { closeRechargeOrder } from './close-recharge-order';
import { createRechargeOrder } from './create-recharge-order';
import { exportPointsStatement } from './export-points-statement';
import { exportReconciliationReport } from './export-reconciliation-report';
import { findOpsOrders } from './find-ops-orders';
import { findPointsStatement } from './find-points-statement';
import { findReconciliationRuns } from './find-reconciliation-runs';
import { getPointsWallet } from './get-points-wallet';
import { getRechargeOrder } from './get-recharge-order';
import { getReconciliationReport } from './get-reconciliation-report';
import { receivePaymentNotice } from './receive-payment-notice';
import { reconcileTradeBill } from './reconcile-trade-bill';
import { refundOrder } from './refund-order';
import { getSandboxOrder, paySandboxOrder } from './sandbox-cashier';

const tags = ['道具商城 points'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const OrderParams = z.object({ id: z.uuid('订单ID格式不正确') });
const ReportParams = z.object({ id: z.uuid('对账记录ID格式不正确') });

/** 充值快点 and 快点明细 of the caller's company (/api/employer/points, issue 12 §2). */
export const employerPointsRoutes = authenticated('employer', async (app) => {
  app.get(
    '',
    { schema: { tags, summary: '快点余额', response: { 200: PointsWallet, ...errorResponses } } },
    async (request) => getPointsWallet(app.ctx, { member: requireCompanyMember(request) }),
  );
  app.post(
    '/recharges',
    {
      schema: {
        tags,
        summary: '充值快点：创建支付订单（Idempotency-Key 必填；重试返回同一订单）',
        headers: IdempotencyHeaders,
        body: CreateRechargeInput,
        response: { 200: RechargeOrder, ...errorResponses },
      },
    },
    async (request) =>
      createRechargeOrder(app.ctx, {
        member: requireCompanyMember(request),
        input: request.body,
        requestKey: request.headers['idempotency-key'],
      }),
  );
  app.get(
    '/recharges/:id',
    {
      schema: {
        tags,
        summary: '充值订单（支付状态）',
        params: OrderParams,
        response: { 200: RechargeOrder, ...errorResponses },
      },
    },
    async (request) =>
      getRechargeOrder(app.ctx, { member: requireCompanyMember(request), orderId: request.params.id }),
  );
  app.post(
    '/recharges/:id/close',
    {
      schema: {
        tags,
        summary: '取消支付（关闭未支付的订单）',
        params: OrderParams,
        response: { 200: RechargeOrder, ...errorResponses },
      },
    },
    async (request) =>
      closeRechargeOrder(app.ctx, { member: requireCompanyMember(request), orderId: request.params.id }),
  );
  app.get(
    '/statement',
    {
      schema: {
        tags,
        summary: '快点明细：充值记录（kind=recharge）或消费记录（kind=consumption）',
        querystring: PointsStatementQuery,
        response: { 200: PointsStatement, ...errorResponses },
      },
    },
    async (request) =>
      findPointsStatement(app.ctx, { member: requireCompanyMember(request), query: request.query }),
  );
  app.get(
    '/statement/export',
    {
      schema: {
        tags,
        summary: '快点明细 导出Excel',
        querystring: PointsExportQuery,
        produces: [XLSX],
        response: { 200: z.any().describe(XLSX), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await exportPointsStatement(app.ctx, {
        member: requireCompanyMember(request),
        query: request.query,
        ip: request.ip,
      });
      return reply
        .header('content-type', XLSX)
        .header(
          'content-disposition',
          `attachment; filename="points-${request.query.kind}.xlsx"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        )
        .header('cache-control', 'no-store')
        .send(file.stream);
    },
  );
});

/** 订单管理 of the operators (/api/ops/orders). */
export const opsOrderRoutes = authenticated('ops', async (app) => {
  const opsTags = ['平台运营 ops'];
  app.post(
    '/reconciliation',
    {
      schema: {
        tags: opsTags,
        summary: '对账：下载某日的交易账单，与订单和快点账本三方核对（已支付未入账的订单经查询后补入账）',
        body: ReconciliationInput,
        response: { 200: ReconciliationReport, ...errorResponses },
      },
    },
    async (request) =>
      reconcileTradeBill(app.ctx, {
        date: request.body.date,
        operatorAccountId: requireOperator(request).accountId,
      }),
  );
  app.get(
    '/reconciliation',
    {
      schema: {
        tags: opsTags,
        summary: '对账记录：每次对账（运营人员或每日任务）的结果，按账单日期筛选',
        querystring: ReconciliationRunQuery,
        response: { 200: ReconciliationRunPage, ...errorResponses },
      },
    },
    async (request) =>
      findReconciliationRuns(app.ctx, { operator: requireOperator(request), query: request.query }),
  );
  app.get(
    '/reconciliation/:id/report',
    {
      schema: {
        tags: opsTags,
        summary: '对账记录：查看一次对账的结果',
        params: ReportParams,
        response: { 200: ReconciliationReport, ...errorResponses },
      },
    },
    async (request) =>
      getReconciliationReport(app.ctx, { operator: requireOperator(request), reportId: request.params.id }),
  );
  app.get(
    '/reconciliation/:id/export',
    {
      schema: {
        tags: opsTags,
        summary: '对账记录 导出Excel（汇总、差异明细）',
        params: ReportParams,
        produces: [XLSX],
        response: { 200: z.any().describe(XLSX), ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await exportReconciliationReport(app.ctx, {
        operator: requireOperator(request),
        reportId: request.params.id,
        ip: request.ip,
      });
      return reply
        .header('content-type', XLSX)
        .header(
          'content-disposition',
          `attachment; filename="reconciliation.xlsx"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        )
        .header('cache-control', 'no-store')
        .send(file.stream);
    },
  );
  app.get(
    '',
    {
      schema: {
        tags: opsTags,
        summary: '订单管理：按订单号或单位名称搜索',
        querystring: OpsOrderQuery,
        response: { 200: OpsOrderPage, ...errorResponses },
      },
    },
    async (request) => findOpsOrders(app.ctx, { operator: requireOperator(request), query: request.query }),
  );
  app.post(
    '/:id/refund',
    {
      schema: {
        tags: opsTags,
        summary: '退款（已支付 → 已退款；快点已被使用时不能退款）',
        params: OrderParams,
        body: RefundOrderInput,
        response: { 200: OpsOrder, ...errorResponses },
      },
    },
    async (request) =>
      refundOrder(app.ctx, {
        operator: requireOperator(request),
        orderId: request.params.id,
        input: request.body,
      }),
  );
});

/**
 * /api/payments: the providers' payment notices (no session: the signature is the proof) and the
 * sandbox cashier. The notice body is kept as the exact bytes received, which the signature covers.
 */
export const paymentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) =>
    done(null, body),
  );
  app.post(
    '/notify/:provider',
    {
      schema: {
        tags,
        summary: '支付结果通知（微信支付或沙箱；签名校验失败为401）',
        params: z.object({ provider: z.string().max(20) }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await receivePaymentNotice(app.ctx, {
        provider: request.params.provider,
        callback: { headers: request.headers, rawBody: typeof request.body === 'string' ? request.body : '' },
      });
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/sandbox/:outTradeNo',
    {
      schema: {
        tags,
        summary: '沙箱收银台：订单摘要（仅沙箱支付）',
        params: z.object({ outTradeNo: z.string().max(32) }),
        response: { 200: SandboxCashierOrder, ...errorResponses },
      },
    },
    async (request) => getSandboxOrder(app.ctx, { outTradeNo: request.params.outTradeNo }),
  );
  app.post(
    '/sandbox/:outTradeNo/:outcome',
    {
      schema: {
        tags,
        summary: '沙箱收银台：支付成功 / 取消 / 失败（支付成功经支付结果通知入账）',
        params: SandboxOutcomeParams,
        response: { 200: SandboxCashierOrder, ...errorResponses },
      },
    },
    async (request) =>
      paySandboxOrder(app.ctx, {
        ...request.params,
        deliver: (callback) =>
          app.inject({
            method: 'POST',
            url: '/api/payments/notify/sandbox',
            headers: callback.headers as Record<string, string>,
            payload: callback.rawBody,
          }),
      }),
  );
};
