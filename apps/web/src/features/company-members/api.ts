import type {
  AddCompanyMemberInput,
  CompanyMember,
  ResetMemberPasswordInput,
  UpdateCompanyMemberInput,
} from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api';

export const MEMBERS_KEY = ['employer', 'members'] as const;

export function useCompanyMembers(enabled: boolean) {
  return useQuery({
    queryKey: MEMBERS_KEY,
    queryFn: () => apiRequest<CompanyMember[]>('/api/employer/members'),
    enabled,
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
