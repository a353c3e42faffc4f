import type {
  AddCompanyMemberInput,
  CompanyMember,
  CompanyMemberPage,
  ResetMemberPasswordInput,
  UpdateCompanyMemberInput,
} from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api';

export const MEMBERS_KEY = ['employer', 'members'] as const;

export const MEMBERS_PAGE_SIZE = 20;

/** One page of the company's members (GET /api/employer/members → Page<CompanyMember>). */
export function useCompanyMembers(page: number) {
  return useQuery({
    queryKey: [...MEMBERS_KEY, page],
    queryFn: () => {
      const params = new URLSearchParams({ page: String(page), pageSize: String(MEMBERS_PAGE_SIZE) });
      return apiRequest<CompanyMemberPage>(`/api/employer/members?${params}`);
    },
  });
}

function useMemberMutation<Input>(request: (input: Input) => Promise<CompanyMember>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MEMBERS_KEY }),
  });
}

export const useAddMember = () =>
  useMemberMutation((input: AddCompanyMemberInput) =>
    apiRequest<CompanyMember>('/api/employer/members', { method: 'POST', body: input }),
  );

export const useUpdateMember = () =>
  useMemberMutation(({ id, ...input }: UpdateCompanyMemberInput & { id: string }) =>
    apiRequest<CompanyMember>(`/api/employer/members/${id}`, { method: 'PATCH', body: input }),
  );

export const useResetMemberPassword = () =>
  useMemberMutation(({ id, ...input }: ResetMemberPasswordInput & { id: string }) =>
    apiRequest<CompanyMember>(`/api/employer/members/${id}/reset-password`, { method: 'POST', body: input }),
  );

export const useSetMemberActive = () =>
  useMemberMutation(({ id, active }: { id: string; active: boolean }) =>
    apiRequest<CompanyMember>(`/api/employer/members/${id}/${active ? 'activate' : 'deactivate'}`, {
      method: 'POST',
      body: {},
    }),
  );
