import {
  type ApplyCloudPresentationInput,
  type CloudPresentation,
  type CloudPresentationFile,
  type CloudPresentationPage,
  type CloudPresentationTargetState,
  ERROR_CATALOGUE,
  isErrorBody,
  type PublicCloudPresentation,
  type PublicCloudPresentationPage,
  type UniversityCloudPresentationPage,
} from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, csrfHeader } from '../../lib/api';

// 云宣讲 (issue 13 §1): the company's applications (云校招 > 云宣讲), the university's list
// (云宣讲审核 > 本校云宣讲), and what students see (校园 > 云宣讲, the university's public page).

export const CLOUD_PRESENTATIONS_KEY = ['employer', 'cloud-presentations'] as const;
export const CLOUD_PRESENTATIONS_PAGE_SIZE = 10;

export function useCloudPresentations(page: number) {
  return useQuery({
    queryKey: [...CLOUD_PRESENTATIONS_KEY, 'list', page],
    queryFn: () =>
      api.get<CloudPresentationPage>(
        `/api/employer/cloud-presentations?page=${page}&pageSize=${CLOUD_PRESENTATIONS_PAGE_SIZE}`,
      ),
  });
}

export function useApplyCloudPresentation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApplyCloudPresentationInput) =>
      api.post<CloudPresentation>('/api/employer/cloud-presentations', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CLOUD_PRESENTATIONS_KEY }),
  });
}

export function useWithdrawCloudPresentation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<CloudPresentation>(`/api/employer/cloud-presentations/${id}/withdraw`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CLOUD_PRESENTATIONS_KEY }),
  });
}

export function useResubmitCloudPresentation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, universityId }: { id: string; universityId: string }) =>
      api.post<CloudPresentation>(`/api/employer/cloud-presentations/${id}/resubmit`, { universityId }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CLOUD_PRESENTATIONS_KEY }),
  });
}

/**
 * Uploads the video or the poster with progress (fetch reports none): XMLHttpRequest, with the
 * employer's CSRF header, failing with the same ApiError as every other call.
 */
export function uploadCloudPresentationFile(
  what: 'video' | 'poster',
  file: Blob,
  fileName: string,
  onProgress?: (percent: number) => void,
): Promise<CloudPresentationFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/employer/cloud-presentation-files/${what}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(csrfHeader('employer'))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () =>
      reject(new ApiError(0, { code: 'NETWORK_ERROR', message: '网络异常，请检查网络后重试' }));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as CloudPresentationFile);
      else
        reject(
          new ApiError(
            xhr.status,
            isErrorBody(body) ? body : { code: 'INTERNAL', message: ERROR_CATALOGUE.INTERNAL.message },
          ),
        );
    };
    const form = new FormData();
    form.append('file', file, fileName);
    xhr.send(form);
  });
}

export const UNIVERSITY_CLOUD_PRESENTATIONS_KEY = ['university', 'cloud-presentations'] as const;

export function useUniversityCloudPresentations(state: CloudPresentationTargetState, page: number) {
  return useQuery({
    queryKey: [...UNIVERSITY_CLOUD_PRESENTATIONS_KEY, state, page],
    queryFn: () =>
      api.get<UniversityCloudPresentationPage>(
        `/api/university/cloud-presentations?state=${state}&page=${page}&pageSize=10`,
      ),
  });
}

/** 校园 > 云宣讲: the approved ones of the student's university. */
export function useCampusCloudPresentations() {
  return useQuery({
    queryKey: ['seeker', 'campus', 'cloud-presentations'],
    queryFn: () => api.get<PublicCloudPresentationPage>('/api/seeker/campus/cloud-presentations?pageSize=50'),
  });
}

export function usePublicCloudPresentation(id: string | undefined) {
  return useQuery({
    queryKey: ['public', 'cloud-presentations', id],
    queryFn: () => api.get<PublicCloudPresentation>(`/api/public/cloud-presentations/${id}`),
    enabled: id !== undefined,
  });
}

/** A university's approved 云宣讲 (its public page). */
export function useUniversityPublicCloudPresentations(universityId: string | undefined) {
  return useQuery({
    queryKey: ['public', 'universities', universityId, 'cloud-presentations'],
    queryFn: () =>
      api.get<PublicCloudPresentationPage>(
        `/api/public/universities/${universityId}/cloud-presentations?pageSize=20`,
      ),
    enabled: universityId !== undefined,
  });
}
