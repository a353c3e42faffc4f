import type { EmployerTodoKind } from '@openrecruit/shared';

/** One colour per reminder kind (seed 002 待办事项: 宣讲会、双选会、招聘活动) and one for 面试. */
export const TODO_COLOURS: Record<EmployerTodoKind, string> = {
  presentation: 'magenta',
  job_fair: 'orange',
  recruiting_event: 'green',
};
export const INTERVIEW_COLOUR = 'blue';
