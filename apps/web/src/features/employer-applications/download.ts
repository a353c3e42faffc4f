import { ERROR_CATALOGUE, isErrorBody } from '@openrecruit/shared';
import { ApiError, csrfHeader } from '../../lib/api';
import { saveBlob } from '../../lib/save-blob';

export interface DownloadProgress {
  /** Bytes received so far, and the whole size once the server has said it. */
  received: number;
  total: number | undefined;
}

/** The file name the server gives in Content-Disposition (filename*, RFC 6266), or `fallback`. */
function filenameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // falls back below
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/**
 * Downloads a file from the employer API and saves it through the browser, reporting progress as
 * the bytes arrive (the zip of many resumes takes a while). Failures become ApiError with the
 * server's Chinese message.
 */
export async function downloadFile(
  path: string,
  options: {
    method?: 'GET' | 'POST';
    body?: unknown;
    fallbackName: string;
    onProgress?: (progress: DownloadProgress) => void;
    signal?: AbortSignal;
  },
): Promise<string> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers: {
        accept: 'application/pdf, application/zip, application/json',
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(options.method === 'POST' ? csrfHeader('employer') : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { code: 'NETWORK_ERROR', message: '网络连接失败，请检查网络后重试' });
  }
  if (!response.ok) {
    const payload: unknown = await response.json().catch(() => undefined);
    throw new ApiError(
      response.status,
      isErrorBody(payload) ? payload : { code: 'INTERNAL', message: ERROR_CATALOGUE.INTERNAL.message },
    );
  }
  const total = Number(response.headers.get('content-length')) || undefined;
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      options.onProgress?.({ received, total });
    }
  }
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  const blob = reader ? new Blob(chunks as BlobPart[], { type }) : await response.blob();
  const filename = filenameOf(response, options.fallbackName);
  saveBlob(blob, filename);
  return filename;
}
