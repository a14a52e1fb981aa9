import { useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { Field } from '../../../platform/field.tsx';
import { parseDollars, todayIso } from '../../../platform/format.ts';
import { LimitedTextArea } from '../../../platform/limited-text.tsx';
import { TransitionBar, TransitionForm, type TransitionTone } from '../../../platform/transition-form.tsx';
import { NPOR_ACTION_LABELS, NPOR_STATUS_LABELS, type NporAction, type NporRequest, nporApi } from './npor-api.ts';

// The server's limits on a move (src/areas/weapons/npor/model.ts).
const MAX = { reason: 4000, recommendation: 4000, negativeResponseReference: 200, fundingSource: 200 };
/** Moves that end the request: confirmed first. */
const ENDS: readonly NporAction[] = ['withdraw', 'determine_not_actionable'];

/** The workflow's next moves from here, one button each; each opens its form with the date and the audited reason. */
export function NporMoves({
  request,
  onDone,
  onReload,
}: {
  request: NporRequest;
  onDone: (r: NporRequest, m: string) => void;
  onReload: () => void;
}) {
  return (
    <TransitionBar
      choices={request.allowedActions.map((action) => ({
        action,
        label: NPOR_ACTION_LABELS[action],
        tone: ENDS.includes(action) ? ('danger' as const) : ('primary' as const),
      }))}
    >
      {(choice, close) => (
        <NporMoveForm
          key={`${choice.action}-${request.version}`}
          request={request}
          action={choice.action}
          tone={choice.tone}
          onCancel={close}
          onReload={() => {
            close();
            onReload();
          }}
          onDone={(updated) => {
            close();
            onDone(
              updated,
              `${NPOR_ACTION_LABELS[choice.action]}: done. The request is now ${NPOR_STATUS_LABELS[updated.status].toLowerCase()}.`,
            );
          }}
        />
      )}
    </TransitionBar>
  );
}

interface MoveProps {
  request: NporRequest;
  action: NporAction;
  tone: TransitionTone | undefined;
  onCancel: () => void;
  onReload: () => void;
  onDone: (r: NporRequest) => void;
}

const money = (text: string, path: string) => {
  const cents = parseDollars(text);
  if (cents == null) throw new ApiError(400, 'validation', 'Check the amounts', [{ path, message: 'a dollar amount' }]);
  return cents;
};

function NporMoveForm({ request, action, tone, onCancel, onReload, onDone }: MoveProps) {
  const [date, setDate] = useState(todayIso());
  const [recommendation, setRecommendation] = useState('');
  const [negativeResponseReference, setResponse] = useState('');
  const [leadAgencyCode, setAgency] = useState('');
  const [preLor, setPreLor] = useState('');
  const [caseDevelopment, setCaseDevelopment] = useState('');
  const [fundingSource, setFundingSource] = useState('');
  const extra = () =>
    action === 'coi_review'
      ? { recommendation }
      : action === 'send_negative_response'
        ? { negativeResponseReference }
        : action === 'designate_lead_ia'
          ? { leadAgencyCode }
          : action === 'fund'
            ? {
                preLorFundingCents: money(preLor, 'preLorFundingCents'),
                caseDevelopmentFundingCents: money(caseDevelopment, 'caseDevelopmentFundingCents'),
                fundingSource,
              }
            : {};
  return (
    <TransitionForm
      label={NPOR_ACTION_LABELS[action]}
      tone={tone}
      reason="required"
      reasonMax={MAX.reason}
      record="request"
      consequence={ENDS.includes(action) ? 'The request ends here; it cannot be taken further.' : undefined}
      placed={[
        'date',
        'recommendation',
        'negativeResponseReference',
        'leadAgencyCode',
        'preLorFundingCents',
        'caseDevelopmentFundingCents',
        'fundingSource',
      ]}
      onCancel={onCancel}
      onReload={onReload}
      onSubmit={async (reason) => onDone(await nporApi.move(request.id, { action, version: request.version, date, reason, ...extra() }))}
    >
      {(error) => (
        <>
          <Field label="Date" error={error?.fieldMessage('date')}>
            {(c) => <input {...c} type="date" value={date} required onChange={(e) => setDate(e.target.value)} />}
          </Field>
          {action === 'coi_review' && (
            <>
              <LimitedTextArea
                label="Community of Interest recommendation"
                value={recommendation}
                onChange={setRecommendation}
                max={MAX.recommendation}
                rows={2}
                required
              />
              {error?.fieldMessage('recommendation') && <p className="field-error">{error.fieldMessage('recommendation')}</p>}
            </>
          )}
          {action === 'send_negative_response' && (
            <Field label="Negative LOR response (reference)" error={error?.fieldMessage('negativeResponseReference')}>
              {(c) => <input {...c} value={negativeResponseReference} required onChange={(e) => setResponse(e.target.value)} />}
            </Field>
          )}
          {action === 'designate_lead_ia' && (
            <Field
              label="Lead implementing agency (letter)"
              error={error?.fieldMessage('leadAgencyCode')}
              hint="B Army, D Air Force, P Navy …"
            >
              {(c) => (
                <input {...c} value={leadAgencyCode} required maxLength={1} onChange={(e) => setAgency(e.target.value.toUpperCase())} />
              )}
            </Field>
          )}
          {action === 'fund' && (
            <>
              <Field label="Pre-LOR work ($)" error={error?.fieldMessage('preLorFundingCents')}>
                {(c) => <input {...c} inputMode="decimal" value={preLor} required onChange={(e) => setPreLor(e.target.value)} />}
              </Field>
              <Field label="Case development work ($)" error={error?.fieldMessage('caseDevelopmentFundingCents')}>
                {(c) => (
                  <input {...c} inputMode="decimal" value={caseDevelopment} required onChange={(e) => setCaseDevelopment(e.target.value)} />
                )}
              </Field>
              <Field label="Funded by" error={error?.fieldMessage('fundingSource')}>
                {(c) => <input {...c} value={fundingSource} required onChange={(e) => setFundingSource(e.target.value)} />}
              </Field>
            </>
          )}
        </>
      )}
    </TransitionForm>
  );
}
