// Shapes the server sends that every area uses. Area-specific shapes live beside their pages.

export type Role = 'customer' | 'engineer' | 'lead' | 'admin';
export type Lang = 'ru' | 'en';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  lang: Lang;
  organizationId: string | null;
  emailVerified: boolean;
}

export interface SessionInfo {
  user: User | null;
  csrfToken: string | null;
}
