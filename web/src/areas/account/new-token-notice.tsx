import { useState } from 'react';
import type { NewApiToken } from '../../api/types.ts';

/** The secret, shown once: the server never returns it again. */
export function NewTokenNotice({ token, onDismiss }: { token: NewApiToken; onDismiss: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <div className="notice notice-success token-notice" role="status">
      <p>
        <strong>Token “{token.name}” created.</strong> Copy it now — it will not be shown again.
      </p>
      <div className="token-row">
        <input className="mono token-value" readOnly value={token.token} aria-label="New API token" onFocus={(e) => e.target.select()} />
        <button type="button" className="button button-small" onClick={copy}>
          {copied === 'yes' ? 'Copied' : 'Copy'}
        </button>
        <button type="button" className="button button-small button-quiet" onClick={onDismiss}>
          Done
        </button>
      </div>
      {copied === 'failed' && <p className="small">The browser did not allow copying; select the token and copy it yourself.</p>}
      <p className="small muted">
        Use it as <code>Authorization: Bearer &lt;token&gt;</code>.
      </p>
    </div>
  );
}
