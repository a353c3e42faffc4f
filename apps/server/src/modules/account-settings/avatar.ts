import {
  type AccountProfile,
  AVATAR_CONTENT_TYPES,
  AVATAR_MAX_BYTES,
  AVATAR_MAX_DIMENSION,
} from '@openrecruit/shared';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../context';
import type { Executor } from '../../db/client';
import { accounts, storedFiles } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { storeUpload, type Upload, type UploadRules } from '../../lib/stored-uploads';
import type { AccountRow } from '../identity/accounts.repository';
import { mapAccountProfile } from './account-profile';

const UPLOADS_PER_ACCOUNT_PER_HOUR = 20;

/** A JPEG or PNG (by magic bytes) of at most 2 MB whose header reads as at most 4096×4096. */
export const AVATAR_UPLOAD_RULES: UploadRules = {
  maxBytes: AVATAR_MAX_BYTES,
  tooLarge: '头像图片不能超过2MB',
  accept: AVATAR_CONTENT_TYPES,
  notAllowed: '头像只能上传JPG或PNG图片',
  image: { maxSide: AVATAR_MAX_DIMENSION, subject: '头像' },
};

/** Removes a file object once its row is gone; a failure only leaves an orphan object, so it is logged. */
async function removeObject(ctx: AppContext, storageKey: string) {
  await ctx.providers.storage.remove(storageKey).catch((error: unknown) => {
    ctx.log.warn({ err: error }, 'could not remove an avatar file');
  });
}

/** The account's own stored_files row, deleted; its storage key for removal after the commit. */
async function deleteOwnFile(db: Executor, accountId: string, fileId: string) {
  const [removed] = await db
    .delete(storedFiles)
    .where(and(eq(storedFiles.id, fileId), eq(storedFiles.ownerAccountId, accountId)))
    .returning({ storageKey: storedFiles.storageKey });
  return removed?.storageKey;
}

/**
 * 个人资料>头像: see AVATAR_UPLOAD_RULES. It replaces the previous avatar, whose file is then removed.
 */
export async function uploadAvatar(
  ctx: AppContext,
  account: AccountRow,
  upload: Upload,
): Promise<AccountProfile> {
  const file = await storeUpload(ctx, upload, {
    rules: AVATAR_UPLOAD_RULES,
    rateLimitKey: `avatar-upload:${account.id}`,
    perHour: UPLOADS_PER_ACCOUNT_PER_HOUR,
    defaultName: 'avatar',
    ownerAccountId: account.id,
  });
  let swapped: { row: AccountRow; previousKey: string | undefined };
  try {
    swapped = await ctx.db.transaction(async (tx) => {
      // Locked, so two uploads at once replace each other in turn and no file is left behind.
      const [current] = await tx
        .select({ avatarFileId: accounts.avatarFileId })
        .from(accounts)
        .where(eq(accounts.id, account.id))
        .for('update');
      const [row] = await tx
        .update(accounts)
        .set({ avatarFileId: file.id, updatedAt: new Date() })
        .where(eq(accounts.id, account.id))
        .returning();
      const previousKey = current?.avatarFileId
        ? await deleteOwnFile(tx, account.id, current.avatarFileId)
        : undefined;
      return { row: row!, previousKey };
    });
  } catch (error) {
    const key = await deleteOwnFile(ctx.db, account.id, file.id);
    if (key) await removeObject(ctx, key);
    throw error;
  }
  if (swapped.previousKey) await removeObject(ctx, swapped.previousKey);
  return mapAccountProfile(swapped.row);
}

/** An avatar is shown to the people of the same company only; anyone else gets 404. */
export async function readAvatar(ctx: AppContext, viewer: AccountRow, fileId: string) {
  if (!viewer.companyId) throw new AppError('NOT_FOUND', '文件不存在');
  const [found] = await ctx.db
    .select({ file: storedFiles })
    .from(storedFiles)
    .innerJoin(accounts, eq(accounts.avatarFileId, storedFiles.id))
    .where(and(eq(storedFiles.id, fileId), eq(accounts.companyId, viewer.companyId)))
    .limit(1);
  if (!found) throw new AppError('NOT_FOUND', '文件不存在');
  return { file: found.file, data: await ctx.providers.storage.get(found.file.storageKey) };
}
