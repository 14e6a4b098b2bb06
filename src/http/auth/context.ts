// What every account route receives from auth-routes.ts.
import type { CommandDeps } from '../../commands/deps.ts';
import type { AuthRateLimits } from './rate-limits.ts';

export interface AuthContext {
  deps: CommandDeps;
  secureCookies: boolean;
  limits: AuthRateLimits;
}
