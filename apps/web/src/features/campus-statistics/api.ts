import type { UniversityStatistics } from '@openrecruit/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

export const STATISTICS_KEY = ['university', 'statistics'] as const;

/** 数据统计 of the staff's university (GET /api/university/statistics?from=&to=). */
export function useUniversityStatistics(from: string, to: string) {
  return useQuery({
    queryKey: [...STATISTICS_KEY, from, to],
    queryFn: () =>
      api.get<UniversityStatistics>(
        `/api/university/statistics?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
      ),
  });
}
