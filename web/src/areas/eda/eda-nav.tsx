import { NavLink } from 'react-router-dom';

export function EdaNav() {
  const link = ({ isActive }: { isActive: boolean }) => `tab${isActive ? ' is-selected' : ''}`;
  const plain = { textDecoration: 'none' };
  return (
    <nav className="tab-list" aria-label="Excess defense articles pages">
      <NavLink to="/eda/requests" className={link} style={plain}>
        Requests
      </NavLink>
      <NavLink to="/eda/declarations" className={link} style={plain}>
        Excess declarations
      </NavLink>
      <NavLink to="/eda/ceiling" className={link} style={plain}>
        Annual ceiling
      </NavLink>
    </nav>
  );
}
