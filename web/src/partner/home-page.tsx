import { Link } from 'react-router-dom';
import { useSession } from '../platform/session-context.tsx';
import { usePageTitle } from '../platform/use-page-title.ts';
import { PERMISSION_LABELS, partnerLabel, usePartner } from './partner-session.ts';

const PAGES: Record<string, readonly [path: string, label: string, about: string]> = {
  requests: ['/partner/lors', 'Requests (LORs)', 'Send a letter of request and follow where each stands.'],
  cases: ['/partner/cases', 'Cases', 'Your cases, the offered LOA and its signature, milestones and offer expiration.'],
  finance: ['/partner/payments', 'Payments', 'What is due on your LOAs and when.'],
  deliveries: ['/partner/shipments', 'Deliveries', 'Shipments, their dates, delays and causes; report a discrepancy.'],
  eum: ['/partner/eum', 'End-use monitoring', 'Your items, inventories due and overdue, incidents.'],
};

export function PartnerHomePage() {
  usePageTitle('Partner portal');
  const session = useSession();
  const partner = usePartner();
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Welcome, {session.user.displayName}</h1>
          <p className="page-sub">The records the agency keeps for {partnerLabel(partner.code)}, as they stand today.</p>
        </div>
      </header>
      <ul className="card-list">
        {partner.permissions.map((permission) => {
          const page = PAGES[permission];
          if (!page) return null;
          return (
            <li key={permission} className="card">
              <h2>
                <Link to={page[0]}>{page[1]}</Link>
              </h2>
              <p>{page[2]}</p>
            </li>
          );
        })}
        {partner.isAdministrator && (
          <li className="card">
            <h2>
              <Link to="/partner/users">Users</Link>
            </h2>
            <p>Invite your users, set what each may see ({Object.values(PERMISSION_LABELS).join(', ')}), reset or deactivate.</p>
          </li>
        )}
      </ul>
    </div>
  );
}
