import type {
  Brochure,
  BrochureImage,
  BrochureInput,
  BrochurePage,
  BrochurePublishInput,
  PublicBrochure,
  PublicBrochurePage,
} from '@openrecruit/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../lib/api';

// 校园招聘 > 在线招聘 > 招聘简章 (/api/employer/brochures) and the students' brochure feed
// (/api/public/brochures).

export const BROCHURES_KEY = ['employer', 'brochures'] as const;
export const PUBLIC_BROCHURES_KEY = ['public', 'brochures'] as const;
export const BROCHURES_PAGE_SIZE = 20;

export function useBrochures(page: number) {
  return useQuery({
    queryKey: [...BROCHURES_KEY, 'list', page],
    queryFn: () =>
      api.get<BrochurePage>(`/api/employer/brochures?page=${page}&pageSize=${BROCHURES_PAGE_SIZE}`),
    placeholderData: keepPreviousData,
  });
}

export function useBrochure(id: string | undefined) {
  return useQuery({
    queryKey: [...BROCHURES_KEY, 'one', id],
    queryFn: () => api.get<Brochure>(`/api/employer/brochures/${id}`),
    enabled: Boolean(id),
  });
}

function useBrochureMutation<Variables>(call: (variables: Variables) => Promise<Brochure | undefined>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => queryClient.invalidateQueries({ queryKey: BROCHURES_KEY }),
  });
}

export function useSaveBrochure() {
  return useBrochureMutation(({ id, input }: { id?: string; input: BrochureInput }) =>
    id
      ? api.put<Brochure>(`/api/employer/brochures/${id}`, input)
      : api.post<Brochure>('/api/employer/brochures', input),
  );
}

export function usePublishBrochure() {
  return useBrochureMutation(({ id, input }: { id: string; input: BrochurePublishInput }) =>
    api.post<Brochure>(`/api/employer/brochures/${id}/publish`, input),
  );
}

export function useDeleteBrochure() {
  return useBrochureMutation(async (id: string) => {
    await api.delete<undefined>(`/api/employer/brochures/${id}`);
    return undefined;
  });
}

export function uploadBrochureImage(file: File) {
  const form = new FormData();
  form.append('file', file);
  return apiRequest<BrochureImage>('/api/employer/brochures/images', { method: 'POST', body: form });
}

export function usePublicBrochures(universityId: string | undefined, page: number) {
  return useQuery({
    queryKey: [...PUBLIC_BROCHURES_KEY, 'list', universityId ?? 'all', page],
    queryFn: () => {
      const params = new URLSearchParams({ page: String(page), pageSize: '20' });
      if (universityId) params.set('universityId', universityId);
      return api.get<PublicBrochurePage>(`/api/public/brochures?${params}`);
    },
    placeholderData: keepPreviousData,
  });
}

export function usePublicBrochure(publicationId: string | undefined) {
  return useQuery({
    queryKey: [...PUBLIC_BROCHURES_KEY, 'one', publicationId],
    queryFn: () => api.get<PublicBrochure>(`/api/public/brochures/${publicationId}`),
    enabled: Boolean(publicationId),
  });
}
