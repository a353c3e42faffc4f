import type { AppContext } from '../../context';
import { notFound } from '../../plugins/access';
import { findStoredFile, findUniversity } from './universities.repository';

/** The university's current logo, public like the page it is shown on. */
export async function readUniversityLogo(ctx: AppContext, options: { universityId: string }) {
  const university = await findUniversity(ctx.db, options.universityId);
  const file = university?.logoFileId ? await findStoredFile(ctx.db, university.logoFileId) : undefined;
  if (!file) throw notFound('图片不存在');
  return { contentType: file.contentType, data: await ctx.providers.storage.get(file.storageKey) };
}
