import type { FastifyRequest } from 'fastify';
import { AppError } from './app-error';
import type { Upload, UploadRules } from './stored-uploads';

/**
 * The one `file` part of a multipart request (@fastify/multipart registered by the module), read
 * whole; a file over `rules.maxBytes` is refused with `rules.tooLarge` (FILE_TOO_LARGE, 413).
 */
export async function readUpload(
  request: FastifyRequest,
  rules: Pick<UploadRules, 'maxBytes' | 'tooLarge'>,
  missing = '请选择要上传的文件',
): Promise<Upload> {
  if (!request.isMultipart()) throw AppError.fieldError('file', missing);
  try {
    const part = await request.file({ limits: { fileSize: rules.maxBytes, files: 1 } });
    if (!part) throw AppError.fieldError('file', missing);
    return { data: await part.toBuffer(), fileName: part.filename };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw AppError.fieldError('file', rules.tooLarge, 'FILE_TOO_LARGE');
    throw error;
  }
}
