import type { WorkCalendarOverridesInput, WorkCalendarOverview } from '@openrecruit/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api';

// 工作日历 (ops): the operators' overrides of the official working days.

export const WORK_CALENDAR_KEY = ['ops', 'work-calendar'] as const;

export function useWorkCalendar() {
  return useQuery({
    queryKey: WORK_CALENDAR_KEY,
    queryFn: () => apiRequest<WorkCalendarOverview>('/api/ops/work-calendar/overrides'),
  });
}

export function useSaveWorkCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WorkCalendarOverridesInput) =>
      apiRequest<WorkCalendarOverview>('/api/ops/work-calendar/overrides', { method: 'PUT', body: input }),
    onSuccess: (data) => queryClient.setQueryData(WORK_CALENDAR_KEY, data),
  });
}
