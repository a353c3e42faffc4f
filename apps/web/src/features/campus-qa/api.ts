import type {
  CampusAnswerInput,
  CampusFaq,
  CampusFaqInput,
  CampusFaqList,
  CampusQuestionInput,
  CampusQuestionTab,
  EmployerCampusQuestion,
  EmployerCampusQuestionPage,
  PublicCompanyCampus,
  SeekerCampusQuestion,
  SeekerCampusQuestionPage,
} from '@openrecruit/shared';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../../lib/api';

// 校招答疑: the company's questions and FAQs (/api/employer/campus-questions, /campus-faqs), the
// student's questions (/api/seeker/campus/questions) and a company's campus page (public).

export const CAMPUS_QUESTIONS_KEY = ['employer', 'campus-questions'] as const;
export const CAMPUS_FAQS_KEY = ['employer', 'campus-faqs'] as const;
export const SEEKER_CAMPUS_QUESTIONS_KEY = ['seeker', 'campus-questions'] as const;
export const COMPANY_CAMPUS_KEY = ['public', 'company-campus'] as const;

export function useCampusQuestions(tab: CampusQuestionTab, page: number) {
  return useQuery({
    queryKey: [...CAMPUS_QUESTIONS_KEY, tab, page],
    queryFn: () =>
      api.get<EmployerCampusQuestionPage>(
        `/api/employer/campus-questions?tab=${tab}&page=${page}&pageSize=20`,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useAnswerCampusQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: CampusAnswerInput }) =>
      api.post<EmployerCampusQuestion>(`/api/employer/campus-questions/${id}/answer`, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CAMPUS_QUESTIONS_KEY }),
  });
}

export function useCampusFaqs() {
  return useQuery({
    queryKey: CAMPUS_FAQS_KEY,
    queryFn: () => api.get<CampusFaqList>('/api/employer/campus-faqs'),
  });
}

export function useSaveCampusFaq() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: CampusFaqInput }) =>
      id
        ? api.put<CampusFaq>(`/api/employer/campus-faqs/${id}`, input)
        : api.post<CampusFaq>('/api/employer/campus-faqs', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CAMPUS_FAQS_KEY }),
  });
}

export function useDeleteCampusFaq() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<undefined>(`/api/employer/campus-faqs/${id}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CAMPUS_FAQS_KEY }),
  });
}

export function useMyCampusQuestions() {
  return useInfiniteQuery({
    queryKey: SEEKER_CAMPUS_QUESTIONS_KEY,
    initialPageParam: 1,
    queryFn: ({ pageParam, signal }) =>
      api.get<SeekerCampusQuestionPage>(`/api/seeker/campus/questions?page=${pageParam}&pageSize=20`, {
        signal,
      }),
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
}

export function useAskCampusQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CampusQuestionInput) =>
      api.post<SeekerCampusQuestion>('/api/seeker/campus/questions', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: SEEKER_CAMPUS_QUESTIONS_KEY }),
  });
}

export function useCompanyCampus(companyId: string | undefined) {
  return useQuery({
    queryKey: [...COMPANY_CAMPUS_KEY, companyId],
    queryFn: () => api.get<PublicCompanyCampus>(`/api/public/companies/${companyId}/campus`),
    enabled: Boolean(companyId),
  });
}
