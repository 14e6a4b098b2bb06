// The files chosen for a ticket and their upload: progress while sending, the error if it failed,
// and the choice cleared once the server has them; and the picker showing them (the message form
// and the attachments card).
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLang, useT } from '../i18n/i18n.tsx';
import { FilePicker } from '../ui/file-picker.tsx';
import { actionTexts } from './actions/action-texts.ts';
import { uploadFiles } from './ticket-api.ts';

export interface FileUpload {
  files: File[];
  setFiles: (files: File[]) => void;
  /** 0…1 while sending, null otherwise. */
  progress: number | null;
  error: unknown;
  /** Sends the chosen files; true when the server stored them (the error is kept otherwise). */
  upload: (internal: boolean) => Promise<boolean>;
}

export function useFileUpload(ticketNumber: number): FileUpload {
  const { lang } = useLang();
  const client = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  async function upload(internal: boolean): Promise<boolean> {
    setError(null);
    setProgress(0);
    try {
      await uploadFiles(client, ticketNumber, files, { internal, lang, onProgress: setProgress });
      setFiles([]);
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setProgress(null);
    }
  }
  return { files, setFiles, progress, error, upload };
}

/** The file picker of a ticket upload: its choice, its progress, the usual label and hint. */
export function TicketFilePicker({ upload }: { upload: FileUpload }) {
  const t = useT(actionTexts);
  return (
    <FilePicker
      files={upload.files}
      onChange={upload.setFiles}
      progress={upload.progress}
      label={t('files')}
      hint={t('filesHint')}
    />
  );
}
