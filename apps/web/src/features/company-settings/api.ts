import type {
  CompanySettings,
  CompanyVerificationChangeInput,
  UpdateCompanyBasicInput,
  UpdateCompanyBrandInput,
} from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../lib/api';

export const SETTINGS_KEY = ['employer', 'company-settings'] as const;
const BASE = '/api/employer/company';

export function useCompanySettings() {
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => api.get<CompanySettings>(BASE) });
}

/** Every change answers the whole settings: the cache takes it as is. */
function useSettingsMutation<Input>(request: (input: Input) => Promise<CompanySettings>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (settings) => queryClient.setQueryData(SETTINGS_KEY, settings),
  });
}

export const useUpdateBasic = () =>
  useSettingsMutation((input: UpdateCompanyBasicInput) => api.put<CompanySettings>(`${BASE}/basic`, input));

export const useRequestVerificationChange = () =>
  useSettingsMutation((input: CompanyVerificationChangeInput) =>
    api.post<CompanySettings>(`${BASE}/verification-change`, input),
  );

export const useUpdateBrand = () =>
  useSettingsMutation((input: UpdateCompanyBrandInput) => api.put<CompanySettings>(`${BASE}/brand`, input));

function uploadForm(file: File) {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}

export const useUploadLogo = () =>
  useSettingsMutation((file: File) =>
    apiRequest<CompanySettings>(`${BASE}/logo`, { method: 'POST', body: uploadForm(file) }),
  );

export const useAddPhoto = () =>
  useSettingsMutation((file: File) =>
    apiRequest<CompanySettings>(`${BASE}/photos`, { method: 'POST', body: uploadForm(file) }),
  );

export const useDeletePhoto = () =>
  useSettingsMutation((fileId: string) => api.delete<CompanySettings>(`${BASE}/photos/${fileId}`));
