// Uploads the chosen files one after another once the ticket has its number, keeping each file's
// progress and error so a failed one can be sent again.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { SessionInfo } from '../../../api/types.ts';
import { useLang } from '../../../i18n/i18n.tsx';
import { SESSION_KEY } from '../../../session.tsx';
import { uploadAttachment } from './upload-attachment.ts';

export interface UploadItem {
  file: File;
  state: 'waiting' | 'sending' | 'done' | 'failed';
  progress: number;
  error: string | null;
}

export interface Uploads {
  items: UploadItem[];
  /** Sends every file to the ticket. */
  start: (number: number, files: File[]) => Promise<void>;
  /** Sends a failed file again. */
  retry: (index: number) => Promise<void>;
}

/** The upload queue of the filing confirmation. */
export function useUploads(): Uploads {
  const client = useQueryClient();
  const { lang } = useLang();
  const [items, setItems] = useState<UploadItem[]>([]);
  const numberRef = useRef<number | null>(null);
  const filesRef = useRef<File[]>([]);

  const update = useCallback((index: number, patch: Partial<UploadItem>) => {
    setItems((all) => all.map((it, i) => (i === index ? { ...it, ...patch } : it)));
  }, []);

  const send = useCallback(
    async (index: number) => {
      const number = numberRef.current;
      const file = filesRef.current[index];
      if (number === null || !file) return;
      update(index, { state: 'sending', progress: 0, error: null });
      const csrfToken = client.getQueryData<SessionInfo>(SESSION_KEY)?.csrfToken ?? null;
      try {
        await uploadAttachment(number, file, {
          csrfToken,
          lang,
          onProgress: (progress) => update(index, { progress }),
        });
        update(index, { state: 'done', progress: 1 });
      } catch (err) {
        update(index, { state: 'failed', error: err instanceof Error ? err.message : String(err) });
      }
    },
    [client, lang, update],
  );

  const start = useCallback(
    async (number: number, files: File[]) => {
      numberRef.current = number;
      filesRef.current = files;
      setItems(files.map((file) => ({ file, state: 'waiting', progress: 0, error: null })));
      for (let i = 0; i < files.length; i++) await send(i);
    },
    [send],
  );

  return { items, start, retry: send };
}
