/** Every kind of audit record, one variant per event (entity type and action together). */
export type AuditEvent =
  | { entityType: 'partner'; action: 'partner.updated' }
  | { entityType: 'group_membership'; action: 'group_membership.added' | 'group_membership.updated' | 'group_membership.removed' }
  | {
      entityType: 'user';
      action:
        | 'user.created'
        | 'user.updated'
        | 'user.password_reset'
        | 'user.password_changed'
        | 'user.unlocked'
        | 'user.credentials_revoked'
        | 'user.invited'
        | 'user.activated'
        | 'user.access_reset'
        | 'user.deactivated'
        | 'user.permissions_set';
    }
  | { entityType: 'api_token'; action: 'api_token.created' | 'api_token.revoked' }
  | { entityType: 'calendar_feed'; action: 'calendar_feed.created' | 'calendar_feed.revoked' }
  | {
      entityType: 'session';
      action:
        | 'session.signed_in'
        | 'session.signed_out'
        | 'session.sign_in_failed'
        | 'session.locked_out'
        | 'session.sign_in_refused'
        | 'session.second_factor_failed'
        | 'session.recovery_code_used';
    }
  | {
      entityType: 'letter_of_request';
      action: 'letter_of_request.received' | 'letter_of_request.actionable' | 'letter_of_request.returned';
    }
  | {
      entityType: 'case';
      action:
        | 'case.created'
        | 'case.transitioned'
        | 'case.milestone_set'
        | 'case.offer_group_set'
        | 'case.released_to_partner'
        | 'case.release_withdrawn';
    }
  | { entityType: 'case_deposit'; action: 'case_deposit.recorded' }
  | { entityType: 'case_markings'; action: 'case_markings.changed' }
  | { entityType: 'attachment'; action: 'attachment.added' }
  | { entityType: 'loa_acceptance'; action: 'loa_acceptance.signed' }
  | { entityType: 'loa_version'; action: 'loa_version.saved' | 'loa_version.created' | 'loa_version.issued' | 'loa_version.note_carried' }
  | { entityType: 'review_comment'; action: 'review_comment.added' | 'review_comment.resolved' | 'review_comment.reopened' }
  | { entityType: 'timeliness_target'; action: 'timeliness_target.added' | 'timeliness_target.ended' }
  | { entityType: 'saved_view'; action: 'saved_view.saved' | 'saved_view.deleted' }
  | { entityType: 'job'; action: 'job.submitted' | 'job.cancel_requested' | 'job.cancelled' | 'job.completed' | 'job.failed' }
  | { entityType: 'notification'; action: 'notification.created' | 'notification.updated' | 'notification.transitioned' }
  | { entityType: 'notification_threshold'; action: 'notification_threshold.added' | 'notification_threshold.ended' }
  | { entityType: 'fund_program'; action: 'fund_program.created' | 'fund_program.updated' }
  | { entityType: 'appropriation'; action: 'appropriation.created' | 'appropriation.updated' }
  | {
      entityType: 'fund_transaction';
      action: 'fund_transaction.committed' | 'fund_transaction.released' | 'fund_transaction.obligated' | 'fund_transaction.deobligated';
    }
  | { entityType: 'program_condition'; action: 'program_condition.created' | 'program_condition.updated' }
  | { entityType: 'program_certification'; action: 'program_certification.recorded' }
  | { entityType: 'program_notice'; action: 'program_notice.recorded' }
  | { entityType: 'recipient'; action: 'recipient.created' | 'recipient.vetted' }
  | { entityType: 'eum_item_type'; action: 'eum_item_type.added' }
  | { entityType: 'eum_site'; action: 'eum_site.created' | 'eum_site.updated' }
  | { entityType: 'eum_certification'; action: 'eum_certification.added' | 'eum_certification.updated' | 'eum_certification.revoked' }
  | { entityType: 'eum_item'; action: 'eum_item.created' | 'eum_item.status_changed' | 'eum_item.imported' | 'eum_item.site_changed' }
  | { entityType: 'eum_inventory'; action: 'eum_inventory.created' | 'eum_inventory.transitioned' | 'eum_inventory.scans_imported' }
  | { entityType: 'eum_discrepancy'; action: 'eum_discrepancy.resolved' | 'eum_discrepancy.incident_linked' }
  | {
      entityType: 'eum_incident';
      action: 'eum_incident.created' | 'eum_incident.updated' | 'eum_incident.transitioned' | 'eum_incident.answered';
    }
  | { entityType: 'eum_visit'; action: 'eum_visit.created' | 'eum_visit.updated' | 'eum_visit.follow_up_done' }
  | { entityType: 'eda_declaration'; action: 'eda_declaration.created' }
  | {
      entityType: 'eda_request';
      action:
        | 'eda_request.created'
        | 'eda_request.updated'
        | 'eda_request.value_set'
        | 'eda_request.case_linked'
        | 'eda_request.transitioned'
        | 'eda_request.reviewed';
    }
  | { entityType: 'eda_review_office'; action: 'eda_review_office.added' }
  | {
      entityType: 'shipment';
      action:
        | 'shipment.created'
        | 'shipment.milestone'
        | 'shipment.slipped'
        | 'shipment.received'
        | 'shipment.accepted'
        | 'shipment.discrepancy_reported'
        | 'shipment.discrepancy_resolved';
    }
  | { entityType: 'delivery_fad'; action: 'delivery_fad.recorded' | 'delivery_fad.changed' }
  | { entityType: 'delivery_delay_reason'; action: 'delivery_delay_reason.created' | 'delivery_delay_reason.changed' }
  | {
      entityType: 'lease';
      action: 'lease.created' | 'lease.updated' | 'lease.transitioned' | 'lease.payment_scheduled' | 'lease.payment_received';
    }
  | { entityType: 'sdaf_ledger'; action: 'sdaf_ledger.capital_credited' }
  | { entityType: 'sdaf_rule'; action: 'sdaf_rule.added' }
  | { entityType: 'sdaf_procurement'; action: 'sdaf_procurement.created' | 'sdaf_procurement.received' | 'sdaf_procurement.closed' }
  | { entityType: 'sdaf_receipt'; action: 'sdaf_receipt.reported' }
  | { entityType: 'sdaf_transfer'; action: 'sdaf_transfer.created' }
  | { entityType: 'sdaf_physical_inventory'; action: 'sdaf_physical_inventory.recorded' }
  | { entityType: 'npor_type'; action: 'npor_type.added' | 'npor_type.updated' }
  | { entityType: 'npor_request'; action: 'npor_request.received' | `npor_request.${NporAuditMove}` }
  | {
      entityType: 'tsfd_request';
      action:
        | 'tsfd_request.received'
        | 'tsfd_request.referred'
        | 'tsfd_request.determined'
        | 'tsfd_request.withdrawn'
        | 'tsfd_request.linked';
    }
  | { entityType: 'tsfd_policy'; action: 'tsfd_policy.recorded' }
  | { entityType: 'weapon_system'; action: 'weapon_system.created' | 'weapon_system.updated' }
  | { entityType: 'weapon_company'; action: 'weapon_company.created' }
  | { entityType: 'weapon_response_target'; action: 'weapon_response_target.created' }
  | {
      entityType: 'weapon_inquiry';
      action:
        | 'weapon_inquiry.created'
        | 'weapon_inquiry.updated'
        | 'weapon_inquiry.assigned'
        | 'weapon_inquiry.responded'
        | 'weapon_inquiry.closed';
    }
  | {
      entityType: 'weapon_advocacy';
      action:
        | 'weapon_advocacy.created'
        | 'weapon_advocacy.updated'
        | 'weapon_advocacy.file_agreement'
        | 'weapon_advocacy.complete_due_diligence'
        | 'weapon_advocacy.determine_national_interest'
        | 'weapon_advocacy.set_strategy'
        | 'weapon_advocacy.decline'
        | 'weapon_advocacy.withdraw';
    }
  | { entityType: 'weapon_competition'; action: 'weapon_competition.created' | 'weapon_competition.updated' }
  | {
      entityType: 'weapon_forecast_row';
      action: 'weapon_forecast_row.created' | 'weapon_forecast_row.updated' | 'weapon_forecast_row.deleted';
    }
  | { entityType: 'weapon_forecast_report'; action: 'weapon_forecast_report.submitted' }
  | { entityType: 'cb_program'; action: 'cb_program.created' | 'cb_program.code_added' }
  | { entityType: 'cb_notice_period'; action: 'cb_notice_period.created' }
  | { entityType: 'cb_checklist_item'; action: 'cb_checklist_item.created' }
  | {
      entityType: 'cb_proposal';
      action:
        | 'cb_proposal.created'
        | 'cb_proposal.updated'
        | 'cb_proposal.assessed'
        | 'cb_proposal.transitioned'
        | 'cb_proposal.execution_dates'
        | 'cb_proposal.case_created';
    }
  | {
      entityType: 'cb_review';
      action:
        | 'cb_review.created'
        | 'cb_review.answered'
        | 'cb_review.finding_added'
        | 'cb_review.action_added'
        | 'cb_review.action_done'
        | 'cb_review.completed';
    }
  | {
      entityType: 'dcc_request';
      action: `dcc_request.${'created' | 'document_added' | 'checklist_marked' | 'disbursement_requested' | DccAuditMove}`;
    }
  | {
      entityType: 'drawdown';
      action: `drawdown.${'created' | 'document_added' | 'determined' | 'waived' | 'executed' | 'line_added' | 'line_revalued' | 'line_delivered' | 'replacement_linked' | 'cap_added' | 'cancelled'}`;
    }
  | { entityType: 'demo_data'; action: 'demo_data.seeded' };

/** An FMF/DCC request's moves (src/areas/special-programs/dcc/rules/dcc-status.ts DCC_ACTIONS), each audited as itself. */
type DccAuditMove = 'submit' | 'approve' | 'reject' | 'withdraw' | 'reopen';

/** The NPOR workflow's moves (src/areas/weapons/npor/rules/npor-workflow.ts NPOR_ACTIONS), each audited as itself. */
type NporAuditMove =
  | 'coi_review'
  | 'determine_actionable'
  | 'determine_not_actionable'
  | 'send_negative_response'
  | 'designate_lead_ia'
  | 'fund'
  | 'withdraw';

export type AuditEntityType = AuditEvent['entityType'];
export type AuditAction = AuditEvent['action'];

export type AuditRecordInput = AuditEvent & {
  entityId: string;
  countryCode?: string | null;
  before?: unknown;
  after?: unknown;
};
