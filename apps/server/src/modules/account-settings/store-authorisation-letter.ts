import type { AppContext } from '../../context';
import { DOCUMENT_UPLOAD_RULES, storeUpload, type Upload } from '../../lib/stored-uploads';
import type { CompanyMember } from '../../plugins/access';

export interface StoreAuthorisationLetterOptions {
  member: CompanyMember;
  upload: Upload;
}

/** The stamped 账号授权书: JPG, PNG or PDF by magic bytes, at most 5 MB, owned by the uploader. */
export async function storeAuthorisationLetter(ctx: AppContext, options: StoreAuthorisationLetterOptions) {
  const row = await storeUpload(ctx, options.upload, {
    rules: DOCUMENT_UPLOAD_RULES,
    rateLimitKey: `admin-application-upload:${options.member.accountId}`,
    perHour: 20,
    defaultName: 'authorisation',
    ownerAccountId: options.member.accountId,
  });
  return { fileId: row.id };
}
