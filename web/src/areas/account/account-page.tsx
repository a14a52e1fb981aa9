import { describeScope } from '../../platform/describe-scope.ts';
import { useSession, useSessionState } from '../../platform/session-context.tsx';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { ChangePasswordSection } from './change-password-section.tsx';
import { TokensSection } from './tokens-section.tsx';

export function AccountPage() {
  usePageTitle('My account');
  const { user, roleLabels } = useSession();
  const { refresh } = useSessionState();
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>My account</h1>
          <p className="page-sub">
            <span className="mono">{user.username}</span> · {user.roles.map((r) => roleLabels[r] ?? r).join(', ')} ·{' '}
            {describeScope(user.scope)}
          </p>
        </div>
      </header>
      {user.mustChangePassword ? (
        <p className="notice notice-warning" role="status">
          An administrator has reset your password. Choose a new one to continue.
        </p>
      ) : (
        <TokensSection />
      )}
      <ChangePasswordSection onChanged={refresh} />
    </section>
  );
}
