import {
  type AccountProfile,
  AVATAR_CONTENT_TYPES,
  AVATAR_MAX_BYTES,
  AVATAR_MAX_DIMENSION,
} from '@openrecruit/shared';
import type { AppContext } from '../../context';
import type { AccountRow } from '../../db/schema';
import { storeUpload, type Upload, type UploadRules } from '../../lib/stored-uploads';
import type { CompanyMember } from '../../plugins/access';
import { mapAccountProfile } from './account-profile';
import { deleteOwnFile, lockOwnAccount, updateOwnAccount } from './account-settings.repository';

const UPLOADS_PER_ACCOUNT_PER_HOUR = 20;

/** A JPEG or PNG (by magic bytes) of at most 2 MB whose header reads as at most 4096×4096. */
export const AVATAR_UPLOAD_RULES: UploadRules = {
  maxBytes: AVATAR_MAX_BYTES,
  tooLarge: '头像图片不能超过2MB',
  accept: AVATAR_CONTENT_TYPES,
  notAllowed: '头像只能上传JPG或PNG图片',
  image: { maxSide: AVATAR_MAX_DIMENSION, subject: '头像' },
};

export interface UploadAvatarOptions {
  member: CompanyMember;
  upload: Upload;
}

/** Removes a file object once its row is gone; a failure only leaves an orphan object, so it is logged. */
async function removeObject(ctx: AppContext, storageKey: string) {
  await ctx.providers.storage.remove(storageKey).catch((error: unknown) => {
    ctx.log.warn({ err: error }, 'could not remove an avatar file');
  });
}

/**
 * 个人资料>头像: see AVATAR_UPLOAD_RULES. It replaces the previous avatar, whose file is then removed.
 */
export async function uploadAvatar(ctx: AppContext, options: UploadAvatarOptions): Promise<AccountProfile> {
  const { accountId } = options.member;
  const file = await storeUpload(ctx, options.upload, {
    rules: AVATAR_UPLOAD_RULES,
    rateLimitKey: `avatar-upload:${accountId}`,
    perHour: UPLOADS_PER_ACCOUNT_PER_HOUR,
    defaultName: 'avatar',
    ownerAccountId: accountId,
  });
  let swapped: { row: AccountRow; previousKey: string | undefined };
  try {
    swapped = await ctx.db.transaction(async (tx) => {
      // Locked, so two uploads at once replace each other in turn and no file is left behind.
      const current = await lockOwnAccount(tx, accountId);
      const row = await updateOwnAccount(tx, accountId, { avatarFileId: file.id });
      const previousKey = current?.avatarFileId
        ? await deleteOwnFile(tx, accountId, current.avatarFileId)
        : undefined;
      return { row, previousKey };
    });
  } catch (error) {
    const key = await deleteOwnFile(ctx.db, accountId, file.id);
    if (key) await removeObject(ctx, key);
    throw error;
  }
  if (swapped.previousKey) await removeObject(ctx, swapped.previousKey);
  return mapAccountProfile(swapped.row);
}
