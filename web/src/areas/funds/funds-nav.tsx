import { NavLink } from 'react-router-dom';

export function FundsNav() {
  const link = ({ isActive }: { isActive: boolean }) => `tab${isActive ? ' is-selected' : ''}`;
  const plain = { textDecoration: 'none' };
  return (
    <nav className="tab-list" aria-label="Funds pages">
      <NavLink to="/funds/appropriations" className={link} style={plain}>
        Appropriations
      </NavLink>
      <NavLink to="/funds/transactions" className={link} style={plain}>
        Commitments and obligations
      </NavLink>
      <NavLink to="/funds/programs" className={link} style={plain}>
        Programs and authorities
      </NavLink>
    </nav>
  );
}
