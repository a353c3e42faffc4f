import type {
  CreateRechargeInput,
  OpsOrder,
  OrderState,
  Page,
  PointsStatement,
  PointsWallet,
  RechargeOrder,
  ReconciliationReport,
  ReconciliationRun,
  SandboxCashierOrder,
} from '@openrecruit/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../lib/api';
import { downloadFile } from '../employer-applications/download';

// 充值快点, 快点明细 (/api/employer/points), 订单管理 (/api/ops/orders) and the sandbox cashier
// (/api/payments/sandbox). EmployerLiveUpdates refetches POINTS_KEY on 'points.changed'.
export const POINTS_KEY = ['employer', 'points'] as const;
const OPS_ORDERS_KEY = ['ops', 'orders'] as const;

/** ¥12.34 from fen (shared, so the server's mails write it the same way). */
export { formatYuan } from '@openrecruit/shared';

export function usePointsWallet() {
  return useQuery({
    queryKey: [...POINTS_KEY, 'wallet'],
    queryFn: () => api.get<PointsWallet>('/api/employer/points'),
  });
}

/**
 * 确认并支付: `key` is the confirmation's Idempotency-Key (made once per confirmation, reused on a
 * retry), so a double click or a lost answer never places two orders.
 */
export function useCreateRecharge() {
  return useMutation({
    mutationFn: ({ input, key }: { input: CreateRechargeInput; key: string }) =>
      api.post<RechargeOrder>('/api/employer/points/recharges', input, {
        headers: { 'Idempotency-Key': key },
      }),
  });
}

/** The order the QR code shows; polled while unpaid, as a notice may come while the stream is down. */
export function useRechargeOrder(id: string | undefined) {
  return useQuery({
    queryKey: [...POINTS_KEY, 'order', id],
    queryFn: () => api.get<RechargeOrder>(`/api/employer/points/recharges/${encodeURIComponent(id!)}`),
    enabled: Boolean(id),
    refetchInterval: (q) => (q.state.data?.state === 'created' ? 3000 : false),
  });
}

export function useCloseRecharge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<RechargeOrder>(`/api/employer/points/recharges/${encodeURIComponent(id)}/close`, {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: POINTS_KEY }),
  });
}

export interface StatementFilter {
  kind: 'recharge' | 'consumption';
  from?: string;
  to?: string;
  page: number;
}

export const STATEMENT_PAGE_SIZE = 10;

export function statementQuery(filter: Omit<StatementFilter, 'page'>) {
  return queryString({ kind: filter.kind, from: filter.from, to: filter.to });
}

export function usePointsStatement(filter: StatementFilter) {
  return useQuery({
    queryKey: [...POINTS_KEY, 'statement', filter],
    queryFn: () =>
      api.get<PointsStatement>(
        `/api/employer/points/statement${queryString({ ...filter, pageSize: STATEMENT_PAGE_SIZE })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

export interface OpsOrderFilter {
  q?: string;
  state?: OrderState;
  page: number;
}

export function useOpsOrders(filter: OpsOrderFilter) {
  return useQuery({
    queryKey: [...OPS_ORDERS_KEY, filter],
    queryFn: () => api.get<Page<OpsOrder>>(`/api/ops/orders${queryString({ ...filter })}`),
    placeholderData: keepPreviousData,
  });
}

export function useRefundOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api.post<OpsOrder>(`/api/ops/orders/${encodeURIComponent(id)}/refund`, { reason }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: OPS_ORDERS_KEY }),
  });
}

/**
 * 对账: one day's trade bill against the orders and the ledger (credits what the provider confirms).
 * Every run is stored, so 对账记录 (under OPS_ORDERS_KEY) refreshes with the orders.
 */
export function useReconcile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (date: string) => api.post<ReconciliationReport>('/api/ops/orders/reconciliation', { date }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: OPS_ORDERS_KEY }),
  });
}

export const RECONCILIATION_PAGE_SIZE = 10;

/** 对账记录: the stored runs, newest first (the operators' and the daily job's). */
export function useReconciliationRuns(page: number) {
  return useQuery({
    queryKey: [...OPS_ORDERS_KEY, 'reconciliation', { page }],
    queryFn: () =>
      api.get<Page<ReconciliationRun>>(
        `/api/ops/orders/reconciliation${queryString({ page, pageSize: RECONCILIATION_PAGE_SIZE })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

/** 查看: a stored run's report, as it was answered. */
export function useReconciliationReport(id: string | undefined) {
  return useQuery({
    queryKey: [...OPS_ORDERS_KEY, 'reconciliation', 'report', id],
    queryFn: () =>
      api.get<ReconciliationReport>(`/api/ops/orders/reconciliation/${encodeURIComponent(id!)}/report`),
    enabled: Boolean(id),
  });
}

/** 导出Excel of a stored run (汇总 and 差异明细), saved under the server's file name. */
export function downloadReconciliationReport(run: Pick<ReconciliationRun, 'id' | 'billDate'>) {
  return downloadFile(`/api/ops/orders/reconciliation/${encodeURIComponent(run.id)}/export`, {
    fallbackName: `对账-${run.billDate}.xlsx`,
  });
}

const SANDBOX_KEY = ['payments', 'sandbox'] as const;

export function useSandboxOrder(outTradeNo: string) {
  return useQuery({
    queryKey: [...SANDBOX_KEY, outTradeNo],
    queryFn: () => api.get<SandboxCashierOrder>(`/api/payments/sandbox/${encodeURIComponent(outTradeNo)}`),
    retry: false,
  });
}

export function useSandboxOutcome(outTradeNo: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (outcome: 'success' | 'cancel' | 'fail') =>
      api.post<SandboxCashierOrder>(`/api/payments/sandbox/${encodeURIComponent(outTradeNo)}/${outcome}`, {}),
    onSuccess: (order) => queryClient.setQueryData([...SANDBOX_KEY, outTradeNo], order),
  });
}
