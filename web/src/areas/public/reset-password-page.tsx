// Password reset: without ?token= asks for the e-mail; with it sets the new password.
import { useSearch } from 'wouter';
import { ResetConfirmForm } from './reset-confirm-form.tsx';
import { ResetRequestForm } from './reset-request-form.tsx';
import './public.css';

/** /reset-password and /reset-password?token=… (the link in the reset e-mail). */
export function ResetPasswordPage() {
  const token = new URLSearchParams(useSearch()).get('token');
  return token ? <ResetConfirmForm token={token} /> : <ResetRequestForm />;
}
