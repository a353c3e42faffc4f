import type {
  AddUniversityStaffInput,
  PublicUniversity,
  ResetUniversityStaffPasswordInput,
  UniversityOption,
  UniversityProfile,
  UniversityStaffMember,
  UniversityStaffPage,
  UpdateUniversityProfileInput,
} from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../lib/api';

export const PROFILE_KEY = ['university', 'profile'] as const;
export const STAFF_KEY = ['university', 'staff'] as const;
export const STAFF_PAGE_SIZE = 20;

/** 高校信息 of the staff member's own university (GET /api/university/profile). */
export function useUniversityProfile() {
  return useQuery({
    queryKey: PROFILE_KEY,
    queryFn: () => api.get<UniversityProfile>('/api/university/profile'),
  });
}

/** Every change answers the whole profile: the cache takes it as is. */
function useProfileMutation<Input>(request: (input: Input) => Promise<UniversityProfile>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (profile) => queryClient.setQueryData(PROFILE_KEY, profile),
  });
}

export const useUpdateUniversityProfile = () =>
  useProfileMutation((input: UpdateUniversityProfileInput) =>
    api.put<UniversityProfile>('/api/university/profile', input),
  );

export const useUploadUniversityLogo = () =>
  useProfileMutation((file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return apiRequest<UniversityProfile>('/api/university/profile/logo', { method: 'POST', body: form });
  });

/** One page of the university's staff accounts (admin only; GET /api/university/staff → Page). */
export function useUniversityStaff(page: number, enabled: boolean) {
  return useQuery({
    queryKey: [...STAFF_KEY, page],
    enabled,
    queryFn: () => {
      const params = new URLSearchParams({ page: String(page), pageSize: String(STAFF_PAGE_SIZE) });
      return api.get<UniversityStaffPage>(`/api/university/staff?${params}`);
    },
  });
}

function useStaffMutation<Input>(request: (input: Input) => Promise<UniversityStaffMember>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: STAFF_KEY }),
  });
}

export const useAddUniversityStaff = () =>
  useStaffMutation((input: AddUniversityStaffInput) =>
    api.post<UniversityStaffMember>('/api/university/staff', input),
  );

export const useResetUniversityStaffPassword = () =>
  useStaffMutation(({ id, ...input }: ResetUniversityStaffPasswordInput & { id: string }) =>
    api.post<UniversityStaffMember>(`/api/university/staff/${id}/reset-password`, input),
  );

export const useSetUniversityStaffEnabled = () =>
  useStaffMutation(({ id, enabled }: { id: string; enabled: boolean }) =>
    api.post<UniversityStaffMember>(`/api/university/staff/${id}/${enabled ? 'enable' : 'disable'}`),
  );

/** The public page of a university in the seeker app (GET /api/public/universities/:id). */
export function usePublicUniversity(id: string) {
  return useQuery({
    queryKey: ['public', 'university', id],
    queryFn: () => api.get<PublicUniversity>(`/api/public/universities/${id}`),
  });
}

/** Every university, by name (GET /api/public/universities). */
export function useUniversityOptions() {
  return useQuery({
    queryKey: ['public', 'universities'],
    queryFn: () => api.get<UniversityOption[]>('/api/public/universities'),
  });
}
