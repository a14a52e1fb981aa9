// Compile-time check that the client's types accept what the server documents (openapi-schema.d.ts is generated
// from openapi.json by `npm run openapi`). A server change the client does not handle fails `npm run typecheck`.

import type * as E from './eum-types.ts';
import type { components } from './openapi-schema.d.ts';
import type * as T from './types.ts';

type S = components['schemas'];
/** Compiles only when the server's response type is assignable to the client's type. */
type Accepts<Client, Server extends Client> = Server;

export type Contract = [
  Accepts<T.PartnerPage, S['PartnerPage']>,
  Accepts<T.Partner, S['Partner']>,
  Accepts<T.CountryGroup, S['CountryGroup']>,
  Accepts<T.AuditPage, S['AuditPage']>,
  Accepts<T.User, S['User']>,
  Accepts<T.ApiToken, S['ApiToken']>,
  Accepts<T.NewApiToken, S['NewApiToken']>,
  Accepts<T.LetterOfRequest, S['LetterOfRequest']>,
  Accepts<T.LorSummary, S['LetterOfRequestSummary']>,
  Accepts<T.CaseSummary, S['CaseSummary']>,
  Accepts<T.CasePage, S['CasePage']>,
  Accepts<T.LoaVersionDetail, S['LoaVersionDetail']>,
  Accepts<T.LoaVersionDiff, S['LoaVersionDiff']>,
  Accepts<T.ReviewComment, S['ReviewComment']>,
  Accepts<T.ReviewQueueItem, S['ReviewQueueItem']>,
  Accepts<T.SavedView, S['SavedView']>,
  Accepts<T.ImplementingAgency, S['ImplementingAgency']>,
  Accepts<T.Determination, S['Determination']>,
  Accepts<T.CaseNotificationState, S['CaseNotificationState']>,
  Accepts<T.NotificationDetail, S['Notification']>,
  Accepts<T.Notification, S['NotificationListItem']>,
  Accepts<T.NotificationList, S['NotificationList']>,
  Accepts<T.NotificationThreshold, S['NotificationThreshold']>,
  Accepts<T.DeadlineList, S['DeadlineList']>,
  Accepts<T.CalendarFeed, S['CalendarFeed']>,
  Accepts<T.CreatedCalendarFeed, S['CreatedCalendarFeed']>,
];

/** Compiles only when what the client sends is a valid request body for the server (inputs checked the other way). */
type Sends<Client extends Server, Server> = Client;

export type RequestContract = [
  Sends<T.DeterminationRequest, S['DeterminationRequest'] | Omit<S['DeterminationRequest'], 'designConstructionValue'>>,
  Sends<T.CreateNotification, Partial<S['CreateNotification']> & Pick<S['CreateNotification'], 'partnerCode' | 'description'>>,
  Sends<T.UpdateNotification, S['UpdateNotification']>,
  Sends<T.NotificationTransition, S['NotificationTransition']>,
  Sends<{ milestone: T.MilestoneKey; onDate: string | null; version: number }, S['SetMilestone']>,
  Sends<{ offerGroup: T.OfferGroup | null; version: number }, S['SetOfferGroup']>,
];

/** End-use monitoring (eum-types.ts): the server's responses fit the client's types. */
export type EumContract = [
  Accepts<E.EumItemType, S['EumItemType']>,
  Accepts<E.EumSite, S['EumSite']>,
  Accepts<E.EumCertification, S['EumCertification']>,
  Accepts<E.Paged<E.EumItemSummary>, S['EumItemList']>,
  Accepts<E.EumItem, S['EumItem']>,
  Accepts<E.Paged<E.EumInventorySummary>, S['EumInventoryList']>,
  Accepts<E.EumInventory, S['EumInventory']>,
  Accepts<E.Paged<E.EumDiscrepancy>, S['EumDiscrepancyList']>,
  Accepts<E.EumIncident, S['EumIncident']>,
  Accepts<E.Paged<E.EumIncident>, S['EumIncidentList']>,
  Accepts<E.EumVisit, S['EumVisit']>,
  Accepts<E.EumCompliance, S['EumCompliance']>,
  Accepts<E.EumImportSummary, S['EumImportSummary']>,
  Sends<E.EumCreateItem, S['EumCreateItem']>,
  Sends<E.EumCreateSite, Partial<S['EumSiteInput']> & Pick<S['EumSiteInput'], 'partnerCode' | 'code' | 'name'>>,
  Sends<E.EumUpdateIncident, S['EumUpdateIncident']>,
  Sends<
    E.EumCreateIncident,
    Partial<S['EumCreateIncident']> & Pick<S['EumCreateIncident'], 'partnerCode' | 'kind' | 'title' | 'discoveredOn'>
  >,
  Sends<E.EumUpdateVisit, S['EumUpdateVisit']>,
  Sends<E.EumResolveDiscrepancy, S['EumResolveDiscrepancy']>,
  Sends<E.EumFollowUpDone, S['EumFollowUpDone']>,
  Sends<E.EumUpdateSite, S['EumUpdateSite']>,
  Sends<E.EumUpdateCertification, S['EumUpdateCertification']>,
  Sends<E.EumRevokeCertification, S['EumRevokeCertification']>,
];
