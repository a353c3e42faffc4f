import type { AppContext } from '../../context';
import { deleteSession } from './sessions.repository';

export interface EndSessionOptions {
  sessionId: string;
}

/** 退出登录: the one session ends; the account's other sessions stay. */
export async function endSession(ctx: AppContext, options: EndSessionOptions): Promise<void> {
  await deleteSession(ctx.db, options.sessionId);
}
