import type {
  EmployerInvoice,
  EmployerInvoicePage,
  InvoiceOptions,
  InvoiceRequestInput,
  InvoiceReversalInput,
  InvoiceState,
  OpsInvoice,
  OpsInvoicePage,
} from '@openrecruit/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest, queryString } from '../../lib/api';
import { downloadFile } from '../employer-applications/download';

// 开具发票 (/api/employer/invoices) and 发票管理 (/api/ops/invoices). 开票 and 驳回 are the review
// queue's decision (features/reviews, kind `invoice`). The live updates refetch both keys on
// 'invoices.changed'.
export const INVOICES_KEY = ['employer', 'invoices'] as const;
export const OPS_INVOICES_KEY = ['ops', 'invoices'] as const;

export const INVOICE_PAGE_SIZE = 10;
export const OPS_INVOICE_PAGE_SIZE = 20;

/** 可开票订单, the 发票抬头 and the suggested 纳税人识别号 and 接收邮箱. */
export function useInvoiceOptions() {
  return useQuery({
    queryKey: [...INVOICES_KEY, 'options'],
    queryFn: () => api.get<InvoiceOptions>('/api/employer/invoices/options'),
  });
}

/** 开票记录, newest first. */
export function useCompanyInvoices(page: number) {
  return useQuery({
    queryKey: [...INVOICES_KEY, 'list', { page }],
    queryFn: () =>
      api.get<EmployerInvoicePage>(
        `/api/employer/invoices${queryString({ page, pageSize: INVOICE_PAGE_SIZE })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

/**
 * 提交申请: `key` is the confirmation's Idempotency-Key (made once per confirmation, reused on a
 * retry), so a double click never asks for two invoices.
 */
export function useRequestInvoice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: InvoiceRequestInput; key: string }) =>
      api.post<EmployerInvoice>('/api/employer/invoices', input, { headers: { 'Idempotency-Key': key } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: INVOICES_KEY }),
  });
}

/** 下载发票 / 下载红字发票, saved under the server's file name. */
export function downloadInvoice(
  console: 'employer' | 'ops',
  invoice: Pick<EmployerInvoice, 'id' | 'invoiceNo' | 'redInvoiceNo'>,
  which: 'invoice' | 'red',
) {
  const path = which === 'invoice' ? 'file' : 'red-file';
  const number = which === 'invoice' ? invoice.invoiceNo : invoice.redInvoiceNo;
  return downloadFile(`/api/${console}/invoices/${encodeURIComponent(invoice.id)}/${path}`, {
    fallbackName: `${which === 'invoice' ? '发票' : '红字发票'}-${number ?? invoice.id}.pdf`,
  });
}

export interface OpsInvoiceFilter {
  state?: InvoiceState;
  keyword?: string;
  page: number;
}

/** 发票记录: every company's invoices by state and 单位名称 / 发票号码 / 订单号. */
export function useOpsInvoices(filter: OpsInvoiceFilter) {
  return useQuery({
    queryKey: [...OPS_INVOICES_KEY, filter],
    queryFn: () =>
      api.get<OpsInvoicePage>(
        `/api/ops/invoices${queryString({ ...filter, pageSize: OPS_INVOICE_PAGE_SIZE })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

/** 上传发票PDF (before 开票 or 红冲); answers the file's ID. */
export function useUploadInvoiceFile() {
  return useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append('file', file, file.name);
      return apiRequest<{ fileId: string }>('/api/ops/invoices/files', { method: 'POST', body });
    },
  });
}

/** 重新发送 an issued invoice to its 接收邮箱. */
export function useResendInvoice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<OpsInvoice>(`/api/ops/invoices/${encodeURIComponent(id)}/resend`, {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: OPS_INVOICES_KEY }),
  });
}

/** 红冲: the 红字发票's number and uploaded PDF. */
export function useReverseInvoice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: InvoiceReversalInput }) =>
      api.post<OpsInvoice>(`/api/ops/invoices/${encodeURIComponent(id)}/reversal`, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: OPS_INVOICES_KEY }),
  });
}
