// Uploads with a progress bar: fetch cannot report upload progress, so this one call uses
// XMLHttpRequest with the same CSRF header, language and error envelope as the API client.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ApiError } from '../../api/client.ts';
import type { SessionInfo } from '../../api/types.ts';
import { useLang } from '../../i18n/i18n.tsx';
import { SESSION_KEY } from '../../session.tsx';

export interface UploadRequest {
  url: string;
  body: FormData | Blob | string;
  contentType?: string;
  /** Called with 0…1 as the bytes go out. */
  onProgress?: (fraction: number) => void;
}

/** Sends the body by POST; resolves to the parsed JSON answer, rejects with ApiError. */
export function useUpload(): <T>(request: UploadRequest) => Promise<T> {
  const client = useQueryClient();
  const { lang } = useLang();
  return useCallback(
    <T>(request: UploadRequest) => {
      const csrf = client.getQueryData<SessionInfo>(SESSION_KEY)?.csrfToken ?? null;
      return sendWithProgress<T>(request, csrf, lang);
    },
    [client, lang],
  );
}

function sendWithProgress<T>(request: UploadRequest, csrf: string | null, lang: 'ru' | 'en'): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', request.url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept-Language', lang);
    if (csrf) xhr.setRequestHeader('X-CSRF-Token', csrf);
    if (request.contentType) xhr.setRequestHeader('Content-Type', request.contentType);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) request.onProgress?.(e.loaded / e.total);
    };
    xhr.onerror = () =>
      reject(
        new ApiError(0, 'network', lang === 'en' ? 'The server cannot be reached' : 'Сервер недоступен'),
      );
    xhr.onload = () => {
      const json = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        request.onProgress?.(1);
        resolve(json as T);
        return;
      }
      const e = (json as { error?: { code?: string; message?: string; details?: [] } } | null)?.error;
      reject(
        new ApiError(
          xhr.status,
          e?.code ?? 'http.error',
          e?.message ?? `HTTP ${xhr.status}`,
          e?.details ?? [],
        ),
      );
    };
    xhr.send(request.body);
  });
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
