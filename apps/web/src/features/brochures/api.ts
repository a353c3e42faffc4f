import type {
  Brochure,
  BrochureImage,
  BrochureInput,
  BrochurePage,
  BrochurePublishInput,
  PublicBrochure,
  PublicBrochurePage,
  UniversityEntryPage,
} from '@openrecruit/shared';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api, apiRequest } from '../../lib/api';
import { UNIVERSITY_ENTRIES_KEY } from '../university-entries/api';

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
  return apiRequest<BrochureImage>('/api/employer/brochure-images', { method: 'POST', body: form });
}

export function usePublicBrochures(universityId: string | undefined) {
  return useInfiniteQuery({
    queryKey: [...PUBLIC_BROCHURES_KEY, 'list', universityId ?? 'all'],
    initialPageParam: 1,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ page: String(pageParam), pageSize: '20' });
      if (universityId) params.set('universityId', universityId);
      return api.get<PublicBrochurePage>(`/api/public/brochures?${params}`, { signal });
    },
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
}

export function usePublicBrochure(publicationId: string | undefined) {
  return useQuery({
    queryKey: [...PUBLIC_BROCHURES_KEY, 'one', publicationId],
    queryFn: () => api.get<PublicBrochure>(`/api/public/brochures/${publicationId}`),
    enabled: Boolean(publicationId),
  });
}

/** Every university with the company's entry state, for 发布's choice (entered ones only). */
export function useEntryOptions(enabled: boolean) {
  return useQuery({
    queryKey: [...UNIVERSITY_ENTRIES_KEY, 'all'],
    queryFn: () => api.get<UniversityEntryPage>('/api/employer/university-entries?page=1&pageSize=100'),
    enabled,
  });
}
