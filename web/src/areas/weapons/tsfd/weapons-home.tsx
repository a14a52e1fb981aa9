import { Link } from 'react-router-dom';
import { usePageTitle } from '../../../platform/use-page-title.ts';

/** The Weapons directorate's start page: its tracked workflows (NPOR and TSFD here; part A's catalogue and the rest join it). */
export function WeaponsHome() {
  usePageTitle('Weapons');
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Weapons directorate</h1>
          <p className="page-sub">Technical expertise on weapons systems, NPOR and technology release</p>
        </div>
      </header>
      <ul className="plain-list">
        <li>
          <Link to="/weapons/npor">NPOR requests</Link> — articles not formally managed by a military department (DSCA 21-50, 25-35, 25-72)
        </li>
        <li>
          <Link to="/weapons/tsfd">Technology security and foreign disclosure</Link> — TSFD requests and anticipatory policies (shown only
          with TSFD need-to-know)
        </li>
      </ul>
    </section>
  );
}
