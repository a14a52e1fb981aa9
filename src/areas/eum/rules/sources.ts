// The sources of the end-use monitoring rules, each cited once (shared/domain.md §4).

export const SOURCE_EUM_PROGRAM =
  'AECA 40A (22 U.S.C. 2785), Golden Sentry: routine EUM for every government-to-government transfer, enhanced EUM for designated articles (dsca.mil; DODIG-2024-043)';
export const SOURCE_EEUM_INVENTORY =
  'EEUM serial-number inventory within 90 days of arrival, then annual serial-number inventories (DoD IG reports; shared/domain.md §4)';
export const SOURCE_EEUM_DELIVERY =
  'No EEUM delivery before the control plan or site certification is on file (mandatory BPC LOA note; shared/domain.md §4); certifications accepted across IAs (DSCA 20-64)';
export const SOURCE_EEUM_EXAMPLES =
  'Night-vision devices and COMSEC are EEUM examples; the full EEUM list is administrator-maintained and reviewed periodically (DSCA 23-44)';
export const SOURCE_INCIDENTS =
  'Potential unauthorised access, transfer, loss or misuse is reported and investigated (AECA 40A; shared/domain.md §4)';
export const SOURCE_VISITS = 'Compliance Assessment Visits by the EUM division (shared/domain.md §4)';
