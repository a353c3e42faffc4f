import type { AppContext } from '../../context';
import type { CompanyMember } from '../../plugins/access';
import { deleteTodo } from './employer-todos.repository';
import { findHandMadeTodo } from './todo-rules';

export interface RemoveTodoOptions {
  member: CompanyMember;
  todoId: string;
}

/** 删除 a hand-made 招聘活动 (宣讲会 and 双选会 leave with their 校园招聘 event). */
export async function removeTodo(ctx: AppContext, options: RemoveTodoOptions): Promise<{ ok: true }> {
  const { member, todoId } = options;
  await ctx.db.transaction(async (tx) => {
    await findHandMadeTodo(tx, member, todoId, '删除');
    await deleteTodo(tx, member.companyId, todoId);
  });
  return { ok: true };
}
