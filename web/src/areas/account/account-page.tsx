import { describeScope } from '../../platform/describe-scope.ts';
import { useSession } from '../../platform/session-context.tsx';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { ChangePasswordSection } from './change-password-section.tsx';
import { TokensSection } from './tokens-section.tsx';

export function AccountPage() {
  usePageTitle('My account');
  const { user, roleLabels } = useSession();
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
      <TokensSection />
      <ChangePasswordSection />
    </section>
  );
}
