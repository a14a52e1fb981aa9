import { TransitionBar, TransitionForm } from '../../../platform/transition-form.tsx';
import { type TsfdRequest, tsfdApi } from './tsfd-api.ts';

// The server's limit on the reason (src/areas/weapons/tsfd/model.ts).
const REASON_MAX = 4000;

/** Withdrawing the request: it ends its reviews, so it takes a reason and is confirmed first. */
export function TsfdWithdraw({
  request,
  onDone,
  onReload,
}: {
  request: TsfdRequest;
  onDone: (r: TsfdRequest) => void;
  onReload: () => void;
}) {
  return (
    <TransitionBar label="Withdrawal" choices={[{ action: 'withdraw', label: 'Withdraw the request', tone: 'danger' }]}>
      {(_, close) => (
        <TransitionForm
          key={request.version}
          label="Withdraw the request"
          tone="danger"
          reason="required"
          reasonMax={REASON_MAX}
          record="request"
          consequence="Its reviews stop; a withdrawn request cannot be reopened."
          onCancel={close}
          onReload={() => {
            close();
            onReload();
          }}
          onSubmit={async (reason) => {
            const updated = await tsfdApi.withdraw(request.id, { version: request.version, reason });
            close();
            onDone(updated);
          }}
        />
      )}
    </TransitionBar>
  );
}
