import { CLOUD_PRESENTATION_LIMITS, type CloudPresentationFile } from '@openrecruit/shared';
import type { AppContext } from '../../context';
import { storeUpload, type Upload, type UploadRules } from '../../lib/stored-uploads';
import type { CompanyMember } from '../../plugins/access';

/** The poster frame the page draws from the video (JPG or PNG, at most 2 MB and 4096 px a side). */
export const POSTER_RULES: UploadRules = {
  maxBytes: CLOUD_PRESENTATION_LIMITS.posterMaxBytes,
  tooLarge: '视频封面不能超过2MB',
  accept: ['image/jpeg', 'image/png'],
  notAllowed: '视频封面只能是JPG或PNG图片',
  image: { maxSide: 4096, subject: '视频封面' },
};

export interface UploadCloudPresentationPosterOptions {
  member: CompanyMember;
  upload: Upload;
}

export async function uploadCloudPresentationPoster(
  ctx: AppContext,
  options: UploadCloudPresentationPosterOptions,
): Promise<CloudPresentationFile> {
  const row = await storeUpload(ctx, options.upload, {
    rules: POSTER_RULES,
    rateLimitKey: `cloud-poster-upload:${options.member.accountId}`,
    perHour: 40,
    defaultName: '视频封面',
    ownerAccountId: options.member.accountId,
  });
  return { id: row.id, contentType: row.contentType, size: row.size };
}
