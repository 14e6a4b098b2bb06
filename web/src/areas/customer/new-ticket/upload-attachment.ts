// Sends one file to a ticket (R13: a sample scenario and data) with upload progress, which fetch
// cannot report; the session cookie, CSRF token and language go as with every API call.
import { ApiError } from '../../../api/client.ts';
import type { Lang } from '../../../api/types.ts';

export interface UploadOptions {
  csrfToken: string | null;
  lang: Lang;
  /** Called with the sent share, 0…1. */
  onProgress: (fraction: number) => void;
}

/** Uploads `file` to POST /api/tickets/{number}/attachments; rejects with ApiError. */
export function uploadAttachment(number: number, file: File, options: UploadOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/tickets/${number}/attachments`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept-Language', options.lang);
    if (options.csrfToken) xhr.setRequestHeader('X-CSRF-Token', options.csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) options.onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        options.onProgress(1);
        resolve();
      } else reject(errorOf(xhr.status, xhr.responseText, options.lang));
    };
    xhr.onerror = () => reject(networkError(options.lang));
    xhr.onabort = () => reject(networkError(options.lang));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

function errorOf(status: number, body: string, lang: Lang): ApiError {
  try {
    const e = (JSON.parse(body) as { error?: { code?: string; message?: string } }).error;
    if (e?.message) return new ApiError(status, e.code ?? 'http.error', e.message);
  } catch {
    // not the API's envelope (a proxy's page): a plain status below
  }
  return new ApiError(
    status,
    'http.error',
    lang === 'en' ? `Upload failed (HTTP ${status})` : `Файл не загружен (HTTP ${status})`,
  );
}

function networkError(lang: Lang): ApiError {
  return new ApiError(0, 'network', lang === 'en' ? 'The server cannot be reached' : 'Сервер недоступен');
}
