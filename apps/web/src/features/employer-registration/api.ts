import type {
  CaptchaChallenge,
  CompanyLookupResult,
  EmployerRegistrationInput,
  EmployerRegistrationResult,
  SendRegistrationSmsCodeInput,
  UniversityOption,
} from '@openrecruit/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ApiError, api } from '../../lib/api';

type SmsSentResult = { mobileMasked: string; resendAfterSeconds: number };

export type DictionaryItem = { code: string; label: string };

export function useDictionaries() {
  return useQuery({
    queryKey: ['dictionaries'],
    queryFn: () => api.get<Record<string, DictionaryItem[]>>('/api/public/dictionaries'),
    staleTime: 5 * 60_000,
  });
}

export function useCaptcha() {
  return useQuery({
    queryKey: ['employer-registration', 'captcha'],
    queryFn: () => api.post<CaptchaChallenge>('/api/public/captcha'),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}

export function useCompanyLookup() {
  return useMutation({
    mutationFn: (code: string) =>
      api.get<CompanyLookupResult>(
        `/api/public/employer-registration/company?code=${encodeURIComponent(code.trim())}`,
      ),
  });
}

/** Multipart upload of one file; the JSON client does not do multipart. */
export async function uploadRegistrationFile(file: File): Promise<{ fileId: string }> {
  const body = new FormData();
  body.append('file', file);
  let response: Response;
  try {
    response = await fetch('/api/public/employer-registration/files', {
      method: 'POST',
      body,
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, { code: 'NETWORK_ERROR', message: '网络连接失败，请检查网络后重试' });
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as { fileId: string };
  const message =
    payload && typeof payload === 'object' && 'message' in payload && typeof payload.message === 'string'
      ? payload.message
      : '上传失败，请重试';
  throw new Error(message);
}

export function useUniversities() {
  return useQuery({
    queryKey: ['public', 'universities'],
    queryFn: () => api.get<UniversityOption[]>('/api/public/universities'),
    staleTime: 5 * 60_000,
  });
}

export function useSubmitRegistration() {
  return useMutation({
    mutationFn: (input: EmployerRegistrationInput) =>
      api.post<EmployerRegistrationResult>('/api/public/employer-registration', input),
  });
}

export function useSendSmsCode() {
  return useMutation({
    mutationFn: (input: SendRegistrationSmsCodeInput) =>
      api.post<SmsSentResult>('/api/public/employer-registration/sms-code', input),
  });
}
