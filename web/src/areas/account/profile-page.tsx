// Профиль: the verification banner, name and language, password, e-mail choices and API tokens.
import { defineTexts, useT } from '../../i18n/i18n.tsx';
import { useSession } from '../../session.tsx';
import { Page } from '../../ui/ui.tsx';
import { ApiTokens } from './api-tokens.tsx';
import { MailPreferences } from './mail-preferences.tsx';
import { PasswordChange } from './password-change.tsx';
import { ProfileForm } from './profile-form.tsx';
import { VerificationBanner } from './verification-banner.tsx';
import './account.css';

const texts = defineTexts({ ru: { title: 'Профиль' }, en: { title: 'Profile' } });

/** `/profile` (signed-in users only; the route guard sends others to the login page). */
export function ProfilePage() {
  const t = useT(texts);
  const { user } = useSession();
  if (!user) return null;
  return (
    <Page title={t('title')}>
      <VerificationBanner user={user} />
      <div className="profile-columns">
        <ProfileForm key={user.id} user={user} />
        <PasswordChange email={user.email} />
      </div>
      <MailPreferences />
      <ApiTokens />
    </Page>
  );
}
