import type { AppContext } from '../../context';
import { notFound } from '../../plugins/access';
import { findCompanyImages, findPublicBrochure, findStoredFile } from './brochures.repository';

export type ReadBrochureImageOptions =
  /** The company's own picture (uploaded by one of its people), for the console. */
  | { companyId: string; fileId: string }
  /** A picture of the approved version a university shows. */
  | { publicationId: string; fileId: string };

/** A brochure picture with its bytes; anything else, or a picture no longer shown, is 404. */
export async function readBrochureImage(ctx: AppContext, options: ReadBrochureImageOptions) {
  const missing = () => notFound('图片不存在');
  if ('companyId' in options) {
    const [own] = await findCompanyImages(ctx.db, options.companyId, [options.fileId]);
    if (!own) throw missing();
  } else {
    const shown = await findPublicBrochure(ctx.db, options.publicationId);
    if (!shown?.version.imageFileIds.includes(options.fileId)) throw missing();
  }
  const file = await findStoredFile(ctx.db, options.fileId);
  if (!file) throw missing();
  return { contentType: file.contentType, data: await ctx.providers.storage.get(file.storageKey) };
}
