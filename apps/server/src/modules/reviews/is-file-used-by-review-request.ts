import type { Executor } from '../../db/client';
import { isFileInAnyReviewRequest } from './reviews.repository';

/** Whether a request already points at the file: one upload backs one request. */
export function isFileUsedByReviewRequest(db: Executor, fileId: string): Promise<boolean> {
  return isFileInAnyReviewRequest(db, fileId);
}
