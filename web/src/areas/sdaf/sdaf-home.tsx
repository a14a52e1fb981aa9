import { Navigate } from 'react-router-dom';
import { RequireArea } from '../../platform/require-area.tsx';
import { useSession } from '../../platform/session-context.tsx';

/** The area's entry: the fund for those who see every partner, the transfers to their cases for a partner's users. */
export function SdafHome() {
  const whole = useSession().user.scope.allCountries;
  return (
    <RequireArea id="sdaf">
      <Navigate to={whole ? '/sdaf/fund' : '/sdaf/transfers'} replace />
    </RequireArea>
  );
}
