import { type AccountProfile, AVATAR_MAX_BYTES, AVATAR_MAX_DIMENSION } from '@openrecruit/shared';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../context';
import { accounts, storedFiles } from '../../db/schema';
import { AppError } from '../../lib/app-error';
import { enforceRateLimit } from '../../lib/rate-limit';
import { sniffUploadType } from '../employer-onboarding/upload-file';
import type { AccountRow } from '../identity/accounts.repository';
import { mapAccountProfile } from './account-profile';
import { readImageDimensions } from './image-dimensions';

const UPLOADS_PER_ACCOUNT_PER_HOUR = 20;

/**
 * 个人资料>头像: a JPEG or PNG (by magic bytes) of at most 2 MB whose header reads as a picture of at
 * most 4096×4096. It replaces the previous avatar, whose file is then removed.
 */
export async function uploadAvatar(
  ctx: AppContext,
  account: AccountRow,
  options: { data: Buffer; fileName: string },
): Promise<AccountProfile> {
  if (options.data.length > AVATAR_MAX_BYTES)
    throw AppError.fieldError('file', '头像图片不能超过2MB', 'FILE_TOO_LARGE');
  const type = sniffUploadType(options.data);
  if (type?.contentType !== 'image/jpeg' && type?.contentType !== 'image/png')
    throw AppError.fieldError('file', '头像只能上传JPG或PNG图片', 'FILE_TYPE_NOT_ALLOWED');
  const size = readImageDimensions(options.data, type.contentType);
  if (!size) throw AppError.fieldError('file', '无法读取图片，请上传有效的JPG或PNG图片', 'IMAGE_UNREADABLE');
  if (
    size.width < 1 ||
    size.height < 1 ||
    size.width > AVATAR_MAX_DIMENSION ||
    size.height > AVATAR_MAX_DIMENSION
  )
    throw AppError.fieldError(
      'file',
      `头像尺寸不能超过${AVATAR_MAX_DIMENSION}×${AVATAR_MAX_DIMENSION}像素`,
      'IMAGE_DIMENSIONS_INVALID',
    );
  await enforceRateLimit(
    ctx.db,
    `avatar-upload:${account.id}`,
    { limit: UPLOADS_PER_ACCOUNT_PER_HOUR, windowSeconds: 3600 },
    '上传过于频繁',
  );

  const stored = await ctx.providers.storage.put(options.data, { extension: type.extension });
  const { row, previous } = await ctx.db.transaction(async (tx) => {
    // Locked, so two uploads at once replace each other in turn and no file is left behind.
    const [current] = await tx
      .select({ avatarFileId: accounts.avatarFileId })
      .from(accounts)
      .where(eq(accounts.id, account.id))
      .for('update');
    const [file] = await tx
      .insert(storedFiles)
      .values({
        storageKey: stored.key,
        ownerAccountId: account.id,
        contentType: type.contentType,
        size: stored.size,
        sha256: stored.sha256,
        originalName: (options.fileName || `avatar.${type.extension}`).slice(0, 200),
      })
      .returning({ id: storedFiles.id });
    const [row] = await tx
      .update(accounts)
      .set({ avatarFileId: file!.id, updatedAt: new Date() })
      .where(eq(accounts.id, account.id))
      .returning();
    const previous = current?.avatarFileId
      ? (
          await tx
            .delete(storedFiles)
            .where(and(eq(storedFiles.id, current.avatarFileId), eq(storedFiles.ownerAccountId, account.id)))
            .returning({ storageKey: storedFiles.storageKey })
        )[0]
      : undefined;
    return { row: row!, previous };
  });
  if (previous) {
    await ctx.providers.storage.remove(previous.storageKey).catch((error: unknown) => {
      ctx.log.warn({ err: error }, 'could not remove a replaced avatar');
    });
  }
  return mapAccountProfile(row);
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
