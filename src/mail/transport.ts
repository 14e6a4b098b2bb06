// Where mail goes: an SMTP server through nodemailer (SMTP_URL), or, with none configured, the
// development mailbox table that administrators read at /admin/mailbox.
import type { Transporter } from 'nodemailer';
import type { OutgoingMail } from './render-mail.ts';

/** Sends one mail; resolves only once the server accepted it. */
export interface SmtpTransport {
  kind: 'smtp';
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Mail is stored in the `mailbox` table (exactly once per outbox row and recipient). */
export interface MailboxTransport {
  kind: 'mailbox';
}

export type MailTransport = SmtpTransport | MailboxTransport;

/** Time limits per SMTP step: far below the delivery lease, so a hung server cannot outlive a claim. */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** The transport for the configuration: SMTP when a URL is given, else the development mailbox. */
export function createMailTransport(smtpUrl: string | undefined): MailTransport {
  return smtpUrl ? createSmtpTransport(smtpUrl) : { kind: 'mailbox' };
}

/** An SMTP transport for `url` (smtp://user:pass@host:587, smtps://… for TLS from the start). */
export function createSmtpTransport(
  url: string,
  options: { tls?: { rejectUnauthorized: boolean } } = {},
): SmtpTransport {
  // nodemailer (~3 MB resident) is loaded with the first mail, not at start-up; SMTP_URL's form is
  // already checked by the config.
  let transporter: Promise<Transporter> | undefined;
  const open = () =>
    (transporter ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport({ url, ...SMTP_TIMEOUTS, ...options }),
    ));
  return {
    kind: 'smtp',
    async send(mail) {
      await (await open()).sendMail({
        from: mail.from,
        to: { name: mail.to.name, address: mail.to.address },
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        ...(mail.threadId ? { inReplyTo: mail.threadId, references: [mail.threadId] } : {}),
      });
    },
    close: () => {
      transporter?.then((t) => t.close()).catch(() => {}); // a failed load left nothing open
    },
  };
}

/** The headers a stored mail shows, as an SMTP server would have received them. */
export function headersOf(mail: OutgoingMail, date: Date): Record<string, string> {
  return {
    From: mail.from,
    To: `${mail.to.name} <${mail.to.address}>`,
    Subject: mail.subject,
    Date: date.toUTCString(),
    'Message-ID': mail.messageId,
    ...(mail.threadId ? { 'In-Reply-To': mail.threadId, References: mail.threadId } : {}),
  };
}
