// Uploads the chosen files one after another once the ticket has its number, keeping each file's
// progress and error so a failed one can be sent again. Each filing has its own queue: a reset forgets
// the last one, and what is still running for it no longer touches the list.
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
  /** Empties the list for the next filing. */
  reset: () => void;
}

/** The upload queue of the filing confirmation. */
export function useUploads(): Uploads {
  const client = useQueryClient();
  const { lang } = useLang();
  const [items, setItems] = useState<UploadItem[]>([]);
  const numberRef = useRef<number | null>(null);
  const filesRef = useRef<File[]>([]);
  const generation = useRef(0);

  const update = useCallback((gen: number, index: number, patch: Partial<UploadItem>) => {
    if (gen !== generation.current) return;
    setItems((all) => all.map((it, i) => (i === index ? { ...it, ...patch } : it)));
  }, []);

  const send = useCallback(
    async (index: number) => {
      const gen = generation.current;
      const number = numberRef.current;
      const file = filesRef.current[index];
      if (number === null || !file) return;
      update(gen, index, { state: 'sending', progress: 0, error: null });
      const csrfToken = client.getQueryData<SessionInfo>(SESSION_KEY)?.csrfToken ?? null;
      try {
        await uploadAttachment(number, file, {
          csrfToken,
          lang,
          onProgress: (progress) => update(gen, index, { progress }),
        });
        update(gen, index, { state: 'done', progress: 1 });
      } catch (err) {
        update(gen, index, { state: 'failed', error: err instanceof Error ? err.message : String(err) });
      }
    },
    [client, lang, update],
  );

  const start = useCallback(
    async (number: number, files: File[]) => {
      const gen = ++generation.current;
      numberRef.current = number;
      filesRef.current = files;
      setItems(files.map((file) => ({ file, state: 'waiting', progress: 0, error: null })));
      for (let i = 0; i < files.length && gen === generation.current; i++) await send(i);
    },
    [send],
  );

  const reset = useCallback(() => {
    generation.current++;
    numberRef.current = null;
    filesRef.current = [];
    setItems([]);
  }, []);

  return { items, start, retry: send, reset };
}
