import type {
  CompanyRight,
  MallPackage,
  MallPackageInput,
  MallPackageList,
  MyRights,
  PurchaseResult,
  RightUsagePage,
} from '@openrecruit/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../lib/api';

// 道具商城: /api/employer/mall and /api/ops/packages (apps/server/src/modules/mall). Keys start with
// the area, so logging out drops them; EmployerLiveUpdates refetches MALL_KEY on 'rights.changed'.
export const MALL_KEY = ['employer', 'mall'] as const;
const OPS_PACKAGES_KEY = ['ops', 'packages'] as const;

export function useMallPackages() {
  return useQuery({
    queryKey: [...MALL_KEY, 'packages'],
    queryFn: () => api.get<MallPackageList>('/api/employer/mall/packages'),
  });
}

/** 我的权益 (and the 快点余额 and 简历下载 count other pages show). */
export function useMyRights() {
  return useQuery({
    queryKey: [...MALL_KEY, 'rights'],
    queryFn: () => api.get<MyRights>('/api/employer/mall/rights'),
  });
}

export interface RightUsageFilter {
  right?: CompanyRight;
  from?: string;
  to?: string;
  page: number;
}

export function useRightUsage(filter: RightUsageFilter) {
  return useQuery({
    queryKey: [...MALL_KEY, 'usage', filter],
    queryFn: () =>
      api.get<RightUsagePage>(
        `/api/employer/mall/usage${queryString({ right: filter.right, from: filter.from, to: filter.to, page: filter.page })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

/**
 * 购买: `key` is the confirmation's Idempotency-Key (made once when the modal opens, reused on a
 * retry), so a double click or a lost answer never buys twice.
 */
export function usePurchasePackage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ packageId, key }: { packageId: string; key: string }) =>
      api.post<PurchaseResult>(
        `/api/employer/mall/packages/${encodeURIComponent(packageId)}/purchase`,
        {},
        { headers: { 'Idempotency-Key': key } },
      ),
    // The wallet moved too: 快点明细 (features/points) reads it under the same 'employer' keys.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['employer'] }),
  });
}

export function useOpsPackages() {
  return useQuery({
    queryKey: OPS_PACKAGES_KEY,
    queryFn: () => api.get<MallPackageList>('/api/ops/packages'),
  });
}

export function useSavePackage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: MallPackageInput }) =>
      id
        ? api.put<MallPackage>(`/api/ops/packages/${encodeURIComponent(id)}`, input)
        : api.post<MallPackage>('/api/ops/packages', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: OPS_PACKAGES_KEY }),
  });
}
