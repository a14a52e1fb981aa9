import { Link } from 'react-router-dom';
import { usePageTitle } from '../../platform/use-page-title.ts';

const WORKFLOWS = [
  {
    to: '/weapons/systems',
    label: 'Weapons systems',
    text: 'The catalogue the directorate advises on: MDE/SME, technology areas, production, obsolescence and export policy notes.',
  },
  {
    to: '/weapons/inquiries',
    label: 'Industry inquiries',
    text: 'The ombudsman’s queues (mine, unassigned, overdue), the thread of responses, response-time figures by quarter.',
  },
  {
    to: '/weapons/advocacy',
    label: 'Advocacy requests',
    text: 'With the Commerce Advocacy Center (EO 13630): questionnaire and anti-bribery agreement, due diligence, national interest, strategy.',
  },
  {
    to: '/weapons/competitions',
    label: 'International competitions',
    text: 'Partners’ competitions: bidders, FMS/DCS, milestones and their clocks, neutrality among U.S. bidders, outcome.',
  },
  {
    to: '/weapons/forecast',
    label: 'Sales forecast',
    text: 'Expected cases by partner, system and fiscal year (SAMM C14.1.3), the report due 1 February, and what actually happened.',
  },
  {
    to: '/weapons/npor',
    label: 'NPOR requests',
    text: 'Articles not formally managed by a military department (DSCA 21-50, 25-35, 25-72): actionability, lead implementing agency, funding.',
  },
  {
    to: '/weapons/tsfd',
    label: 'Technology security and foreign disclosure',
    text: 'TSFD requests, reviewing bodies’ determinations and anticipatory policies (shown only with TSFD need-to-know).',
  },
];

/** The directorate's workflows. */
export function WeaponsHomePage() {
  usePageTitle('Weapons');
  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>Weapons directorate</h1>
          <p className="page-sub">Industry ombudsman and advocacy, international competitions, sales forecast, NPOR and TSFD</p>
        </div>
      </header>
      <ul className="plain-list">
        {WORKFLOWS.map((w) => (
          <li key={w.to} className="card">
            <h2>
              <Link to={w.to}>{w.label}</Link>
            </h2>
            <p>{w.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
