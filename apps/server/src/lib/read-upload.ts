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
    // A control character in the name (NUL above all, which PostgreSQL refuses) is no real file name.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find control characters
    if (/[\u0000-\u001f\u007f]/.test(part.filename))
      throw AppError.fieldError('file', '文件名不能包含控制字符，请重命名后上传');
    return { data: await part.toBuffer(), fileName: part.filename };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw AppError.fieldError('file', rules.tooLarge, 'FILE_TOO_LARGE');
    // A boundary that does not match, a truncated body, a malformed part header: the client's
    // request is broken, whatever busboy or @fastify/multipart called it.
    throw AppError.fieldError('file', '上传的数据不完整或格式不正确，请重新选择文件上传');
  }
}
