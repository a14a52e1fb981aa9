import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { Field, FormError, unplacedFieldErrors } from '../../platform/field.tsx';
import { parseDollars } from '../../platform/format.ts';
import { ErrorNotice, Loading } from '../../platform/status-pages.tsx';
import { useApi } from '../../platform/use-api.ts';
import { usePageTitle } from '../../platform/use-page-title.ts';
import { type CreateProposal, cbApi } from './capacity-building-api.ts';

type ItemKind = CreateProposal['requested'][number]['kind'];
interface ItemRow {
  kind: ItemKind;
  description: string;
  quantity: string;
  cost: string;
}
const emptyItem = (): ItemRow => ({ kind: 'equipment', description: '', quantity: '1', cost: '' });

const TEXTS = [
  ['requirement', 'Requirement', 'What the partner unit must be able to do'],
  ['capabilityGap', 'Capability gap', 'What it cannot do today'],
  ['absorptiveCapacity', 'Absorptive capacity', '333(e): the unit’s ability to absorb and employ the assistance'],
  ['sustainmentPlan', 'Sustainment plan', '333(e): how the capability is sustained'],
  ['deliverySchedule', 'Timeline and delivery schedule', '333(e)'],
] as const;
type Texts = Record<(typeof TEXTS)[number][0], string>;

/** A new Title 10 program proposal: the partner unit, the 333(a) purposes, what is requested, the money and its appropriation. */
export function NewProposalPage() {
  usePageTitle('New proposal');
  const navigate = useNavigate();
  const programs = useApi(['capacity-building', 'new-proposal-page:cbApi.programs'], (signal) => cbApi.programs(signal), []);
  const [programKey, setProgramKey] = useState('section_333');
  const [partnerCode, setPartnerCode] = useState('');
  const [title, setTitle] = useState('');
  const [recipientUnit, setRecipientUnit] = useState('');
  const [purposes, setPurposes] = useState<string[]>([]);
  const [texts, setTexts] = useState<Texts>({
    requirement: '',
    capabilityGap: '',
    absorptiveCapacity: '',
    sustainmentPlan: '',
    deliverySchedule: '',
  });
  const [items, setItems] = useState<ItemRow[]>([emptyItem()]);
  const [cost, setCost] = useState('');
  const [construction, setConstruction] = useState('');
  const [site, setSite] = useState({ location: '', title: '', dd1391: '', masterPlan: '' });
  const [fiscalYear, setFiscalYear] = useState(String(new Date().getFullYear() + 1));
  const [appropriationId, setAppropriationId] = useState('');
  const [programCode, setProgramCode] = useState('');
  const [campaignPlans, setCampaignPlans] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const program = programs.data?.programs.find((p) => p.key === programKey);
  const money = useApi(
    ['capacity-building', 'new-proposal-page:cbApi.fundingOptions'],
    (signal) =>
      /^[A-Z0-9]{2,3}$/.test(partnerCode) ? cbApi.fundingOptions(programKey, partnerCode, signal) : Promise.resolve({ items: [] }),
    [partnerCode, programKey],
  );
  if (programs.error) return <ErrorNotice message={programs.error.message} onRetry={programs.reload} />;
  if (!programs.data) return <Loading />;

  const setItem = (i: number, patch: Partial<ItemRow>) => setItems(items.map((row, j) => (j === i ? { ...row, ...patch } : row)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const costCents = parseDollars(cost);
    const constructionCents = parseDollars(construction) ?? 0;
    if (constructionCents === null)
      return setError(
        new ApiError(400, 'validation', 'Check the construction amount', [{ path: 'constructionCents', message: 'a dollar amount' }]),
      );
    const itemCents = items.map((r) => parseDollars(r.cost));
    if (costCents === null || costCents === undefined)
      return setError(
        new ApiError(400, 'validation', 'Check the cost estimate', [{ path: 'costEstimateCents', message: 'a dollar amount' }]),
      );
    const bad = itemCents.findIndex((c) => c === null || c === undefined);
    if (bad >= 0)
      return setError(
        new ApiError(400, 'validation', 'Check the items', [{ path: `requested.${bad}.costCents`, message: 'a dollar amount' }]),
      );
    setBusy(true);
    setError(null);
    try {
      const created = await cbApi.create({
        programKey,
        partnerCode,
        title,
        recipientUnit,
        purposes: purposes as CreateProposal['purposes'],
        ...texts,
        requested: items.map((r, i) => ({
          kind: r.kind,
          description: r.description,
          quantity: Number(r.quantity),
          costCents: itemCents[i] as number,
        })),
        costEstimateCents: costCents,
        constructionCents,
        construction: constructionCents > 0 && Object.values(site).some((v) => v.trim()) ? site : null,
        fiscalYear: Number(fiscalYear),
        appropriationId: appropriationId || null,
        programCode: programCode || null,
        campaignPlanLinks: campaignPlans
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
      });
      navigate(`/capacity-building/proposals/${created.id}`);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
      setBusy(false);
    }
  }

  const placed = [
    'programKey',
    'partnerCode',
    'title',
    'recipientUnit',
    'purposes',
    ...TEXTS.map((t) => t[0]),
    'requested',
    'costEstimateCents',
    'constructionCents',
    'construction',
    'fiscalYear',
    'appropriationId',
    'programCode',
    'campaignPlanLinks',
  ];
  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to="/capacity-building">Section 333 and BPC</Link>
        <span aria-hidden="true">/</span>
        <span>New proposal</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>New proposal</h1>
          <p className="page-sub">What the 10 U.S.C. 333(e) notice will name: the unit, the purposes, the items, the money</p>
        </div>
      </header>
      <form className="form card" onSubmit={submit} aria-label="New proposal" noValidate>
        <FormError message={error?.message} extra={error ? unplacedFieldErrors(error.fields, placed) : []} />
        <div className="form-grid form-grid-3">
          <Field label="Program" error={error?.fieldMessage('programKey')}>
            {(control) => (
              <select {...control} value={programKey} onChange={(e) => setProgramKey(e.target.value)}>
                {programs
                  .data!.programs.filter((p) => p.active)
                  .map((p) => (
                    <option key={p.key} value={p.key}>
                      {p.name}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          <Field label="Partner" error={error?.fieldMessage('partnerCode')} hint="Customer code, e.g. JO">
            {(control) => (
              <input {...control} value={partnerCode} maxLength={3} onChange={(e) => setPartnerCode(e.target.value.toUpperCase().trim())} />
            )}
          </Field>
          <Field
            label="Program code"
            error={error?.fieldMessage('programCode')}
            hint="In place of the country code in the BPC case identifier"
          >
            {(control) => (
              <select {...control} value={programCode} onChange={(e) => setProgramCode(e.target.value)}>
                <option value="">(choose later)</option>
                {(program?.codes ?? []).map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.code}
                    {c.fiscalYear ? ` (FY${c.fiscalYear})` : ''}
                    {c.semiPermanent ? ' semi-permanent' : ''}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Title" className="span-2" error={error?.fieldMessage('title')}>
            {(control) => <input {...control} value={title} onChange={(e) => setTitle(e.target.value)} />}
          </Field>
          <Field label="Recipient unit" error={error?.fieldMessage('recipientUnit')} hint="333(e)">
            {(control) => <input {...control} value={recipientUnit} onChange={(e) => setRecipientUnit(e.target.value)} />}
          </Field>
        </div>
        <fieldset className="fieldset">
          <legend>Purposes ({programs.data.purposesSource})</legend>
          {error?.fieldMessage('purposes') && <p className="field-error">{error.fieldMessage('purposes')}</p>}
          <div className="form-grid form-grid-3">
            {programs.data.purposes.map((p) => (
              <label key={p.key} className="checkbox">
                <input
                  type="checkbox"
                  checked={purposes.includes(p.key)}
                  onChange={(e) => setPurposes(e.target.checked ? [...purposes, p.key] : purposes.filter((x) => x !== p.key))}
                />{' '}
                {p.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="form-grid form-grid-2">
          {TEXTS.map(([key, label, hint]) => (
            <Field key={key} label={label} hint={hint} error={error?.fieldMessage(key)}>
              {(control) => (
                <textarea {...control} rows={3} value={texts[key]} onChange={(e) => setTexts({ ...texts, [key]: e.target.value })} />
              )}
            </Field>
          ))}
          <Field label="Links to campaign plans" hint="333(e); one per line" error={error?.fieldMessage('campaignPlanLinks')}>
            {(control) => <textarea {...control} rows={3} value={campaignPlans} onChange={(e) => setCampaignPlans(e.target.value)} />}
          </Field>
        </div>
        <fieldset className="fieldset">
          <legend>Equipment, training and services requested</legend>
          {items.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
            <div className="form-grid form-grid-4" key={i}>
              <Field label={`Item ${i + 1}: kind`} error={error?.fieldMessage(`requested.${i}.kind`)}>
                {(control) => (
                  <select {...control} value={row.kind} onChange={(e) => setItem(i, { kind: e.target.value as ItemKind })}>
                    <option value="equipment">Equipment</option>
                    <option value="training">Training</option>
                    <option value="services">Services</option>
                  </select>
                )}
              </Field>
              <Field label={`Item ${i + 1}: description`} error={error?.fieldMessage(`requested.${i}.description`)}>
                {(control) => <input {...control} value={row.description} onChange={(e) => setItem(i, { description: e.target.value })} />}
              </Field>
              <Field label={`Item ${i + 1}: quantity`} error={error?.fieldMessage(`requested.${i}.quantity`)}>
                {(control) => (
                  <input {...control} inputMode="numeric" value={row.quantity} onChange={(e) => setItem(i, { quantity: e.target.value })} />
                )}
              </Field>
              <Field label={`Item ${i + 1}: cost (US$)`} error={error?.fieldMessage(`requested.${i}.costCents`)}>
                {(control) => (
                  <input {...control} inputMode="decimal" value={row.cost} onChange={(e) => setItem(i, { cost: e.target.value })} />
                )}
              </Field>
            </div>
          ))}
          {error?.fieldMessage('requested') && <p className="field-error">{error.fieldMessage('requested')}</p>}
          <div className="form-actions">
            <button type="button" className="button button-small" onClick={() => setItems([...items, emptyItem()])}>
              Add an item
            </button>
            {items.length > 1 && (
              <button type="button" className="button button-small" onClick={() => setItems(items.slice(0, -1))}>
                Remove the last item
              </button>
            )}
          </div>
        </fieldset>
        <div className="form-grid form-grid-3">
          <Field label="Cost estimate (US$)" error={error?.fieldMessage('costEstimateCents')}>
            {(control) => <input {...control} inputMode="decimal" value={cost} onChange={(e) => setCost(e.target.value)} />}
          </Field>
          <Field
            label="Small-scale construction (US$)"
            error={error?.fieldMessage('constructionCents')}
            hint="At most $2,000,000 (DSCA 25-03)"
          >
            {(control) => <input {...control} inputMode="decimal" value={construction} onChange={(e) => setConstruction(e.target.value)} />}
          </Field>
          {construction.trim() !== '' &&
            (['location', 'title', 'dd1391', 'masterPlan'] as const).map((key) => (
              <Field
                key={key}
                label={
                  { location: 'Construction location', title: 'Project title', dd1391: 'DD 1391 data', masterPlan: '5-year master plan' }[
                    key
                  ]
                }
                hint="Required in the notice above $750,000 (DSCA 25-03)"
                error={error?.fieldMessage(`construction.${key}`)}
              >
                {(control) => <input {...control} value={site[key]} onChange={(e) => setSite({ ...site, [key]: e.target.value })} />}
              </Field>
            ))}
          <Field label="Fiscal year" error={error?.fieldMessage('fiscalYear')}>
            {(control) => <input {...control} inputMode="numeric" value={fiscalYear} onChange={(e) => setFiscalYear(e.target.value)} />}
          </Field>
          <Field
            label="Appropriation"
            error={error?.fieldMessage('appropriationId')}
            hint="The funds area’s money for this partner and program"
          >
            {(control) => (
              <select {...control} value={appropriationId} onChange={(e) => setAppropriationId(e.target.value)}>
                <option value="">(choose later)</option>
                {(money.data?.items ?? []).map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name} (FY{a.fiscalYear})
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Create the proposal'}
          </button>
          <Link className="button" to="/capacity-building">
            Cancel
          </Link>
        </div>
      </form>
    </section>
  );
}
