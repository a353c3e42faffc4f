import type {
  GrantMembershipInput,
  MembershipLead,
  MembershipLeadInput,
  MembershipLeadPage,
  MembershipLeadState,
  MyMembership,
} from '@openrecruit/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../lib/api';

// 会员: the company's membership and its 开通/升级 request (/api/employer/membership), and the
// operators' 会员线索 (/api/ops/membership-leads). EmployerLiveUpdates refetches MEMBERSHIP_KEY on
// 'membership.changed', OperatorLiveUpdates MEMBERSHIP_LEADS_KEY on 'membership-leads.changed'.
export const MEMBERSHIP_KEY = ['employer', 'membership'] as const;
export const MEMBERSHIP_LEADS_KEY = ['ops', 'membership-leads'] as const;

export function useMyMembership() {
  return useQuery({
    queryKey: MEMBERSHIP_KEY,
    queryFn: () => api.get<MyMembership>('/api/employer/membership'),
  });
}

export function useSubmitMembershipLead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MembershipLeadInput) =>
      api.post<MyMembership>('/api/employer/membership/leads', input),
    onSuccess: (data) => queryClient.setQueryData(MEMBERSHIP_KEY, data),
  });
}

export function useMembershipLeads(query: {
  state?: MembershipLeadState;
  q?: string;
  page: number;
  pageSize: number;
}) {
  return useQuery({
    queryKey: [...MEMBERSHIP_LEADS_KEY, query],
    queryFn: () => api.get<MembershipLeadPage>(`/api/ops/membership-leads${queryString(query)}`),
    placeholderData: keepPreviousData,
  });
}

/** The lead with the contact's whole mobile, to call (the read is audited). */
export function useMembershipLead(id: string | undefined) {
  return useQuery({
    queryKey: [...MEMBERSHIP_LEADS_KEY, 'detail', id],
    queryFn: () => api.get<MembershipLead>(`/api/ops/membership-leads/${id}`),
    enabled: Boolean(id),
  });
}

function useLeadAction<Input>(path: (id: string) => string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: Input }) => api.post<MembershipLead>(path(id), input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MEMBERSHIP_LEADS_KEY }),
  });
}

export const useFollowUpLead = () =>
  useLeadAction<{ note: string }>((id) => `/api/ops/membership-leads/${id}/follow-ups`);
export const useCloseLead = () =>
  useLeadAction<{ note: string }>((id) => `/api/ops/membership-leads/${id}/close`);
export const useGrantMembership = () =>
  useLeadAction<GrantMembershipInput>((id) => `/api/ops/membership-leads/${id}/grant`);
