import type { AppContext } from '../../context';
import { requireFound } from '../../plugins/access';
import type { ReviewerScope } from './review-kind';
import { findReviewFile } from './reviews.repository';

export interface GetReviewFileOptions {
  reviewer: ReviewerScope;
  fileId: string;
}

/** A file (认证材料, 账号授权书) that a request of the reviewer's queue points at, with its bytes. */
export async function getReviewFile(ctx: AppContext, options: GetReviewFileOptions) {
  const file = requireFound(
    await findReviewFile(ctx.db, { fileId: options.fileId, scope: options.reviewer }),
    '文件不存在',
  );
  const data = await ctx.providers.storage.get(file.storageKey);
  return { name: file.originalName, contentType: file.contentType, data };
}
