import type {
  AccountProfile,
  AdminApplicationStatus,
  NotificationBindings,
  SubmitAdminApplicationInput,
  UpdateAccountProfileInput,
  UploadedFile,
  WechatBindingTicket,
} from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api';
import { sessionQueryKey } from '../../lib/session';

const BASE = '/api/employer/account';
const PROFILE_KEY = ['employer', 'account', 'profile'] as const;
const BINDINGS_KEY = ['employer', 'account', 'bindings'] as const;
const ADMIN_APPLICATION_KEY = ['employer', 'account', 'admin-application'] as const;

function upload<T>(path: string, file: File): Promise<T> {
  const body = new FormData();
  body.append('file', file);
  return apiRequest<T>(path, { method: 'POST', body });
}

export const useAccountProfile = () =>
  useQuery({ queryKey: PROFILE_KEY, queryFn: () => apiRequest<AccountProfile>(`${BASE}/profile`) });

/** Saving the profile or the avatar also changes the console header: the session is read again. */
function useProfileMutation<Input>(request: (input: Input) => Promise<AccountProfile>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (profile) => {
      queryClient.setQueryData(PROFILE_KEY, profile);
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey('employer') });
    },
  });
}

export const useUpdateProfile = () =>
  useProfileMutation((input: UpdateAccountProfileInput) =>
    apiRequest<AccountProfile>(`${BASE}/profile`, { method: 'PUT', body: input }),
  );

export const useUploadAvatar = () =>
  useProfileMutation((file: File) => upload<AccountProfile>(`${BASE}/avatar`, file));

export const useBindings = () =>
  useQuery({ queryKey: BINDINGS_KEY, queryFn: () => apiRequest<NotificationBindings>(`${BASE}/bindings`) });

function useBindingsMutation<Input>(request: (input: Input) => Promise<NotificationBindings>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (bindings) => queryClient.setQueryData(BINDINGS_KEY, bindings),
  });
}

export const useWechatTicket = () =>
  useMutation({
    mutationFn: () =>
      apiRequest<WechatBindingTicket>(`${BASE}/bindings/wechat/ticket`, { method: 'POST', body: {} }),
  });

export const useSandboxScan = () =>
  useBindingsMutation((ticket: string) =>
    apiRequest<NotificationBindings>(`${BASE}/bindings/wechat/sandbox-scan`, {
      method: 'POST',
      body: { ticket },
    }),
  );

export const useUnbindWechat = () =>
  useBindingsMutation(() =>
    apiRequest<NotificationBindings>(`${BASE}/bindings/wechat`, { method: 'DELETE' }),
  );

export const useAdminApplication = () =>
  useQuery({
    queryKey: ADMIN_APPLICATION_KEY,
    queryFn: () => apiRequest<AdminApplicationStatus>(`${BASE}/admin-application`),
  });

export const uploadAuthorisationLetter = (file: File) =>
  upload<UploadedFile>(`${BASE}/admin-application/files`, file);

export function useSubmitAdminApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SubmitAdminApplicationInput) =>
      apiRequest<AdminApplicationStatus>(`${BASE}/admin-application`, { method: 'POST', body: input }),
    onSuccess: (status) => queryClient.setQueryData(ADMIN_APPLICATION_KEY, status),
  });
}

export const useCloseAccount = () =>
  useMutation({
    mutationFn: (password: string) =>
      apiRequest<{ ok: true }>(`${BASE}/close`, { method: 'POST', body: { password } }),
  });

export { BINDINGS_KEY };
