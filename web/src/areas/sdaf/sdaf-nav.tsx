import { NavLink } from 'react-router-dom';
import { useSession } from '../../platform/session-context.tsx';

/** The fund's pages; a partner-scoped user sees only the transfers to its partners' cases. */
export function SdafNav() {
  const whole = useSession().user.scope.allCountries;
  const link = ({ isActive }: { isActive: boolean }) => `tab${isActive ? ' is-selected' : ''}`;
  const plain = { textDecoration: 'none' };
  return (
    <nav className="tab-list" aria-label="SDAF pages">
      {whole && (
        <>
          <NavLink to="/sdaf/fund" className={link} style={plain}>
            Fund
          </NavLink>
          <NavLink to="/sdaf/procurements" className={link} style={plain} end={false}>
            Procurements
          </NavLink>
          <NavLink to="/sdaf/inventory" className={link} style={plain}>
            Inventory
          </NavLink>
        </>
      )}
      <NavLink to="/sdaf/transfers" className={link} style={plain}>
        Transfers
      </NavLink>
      <NavLink to="/sdaf/rules" className={link} style={plain}>
        Cap and rates
      </NavLink>
    </nav>
  );
}
