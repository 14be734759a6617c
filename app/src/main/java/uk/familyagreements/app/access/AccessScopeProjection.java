package uk.familyagreements.app.access;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.familyagreements.kernel.agreement.AgreementDraftedEvent;
import uk.familyagreements.kernel.cases.CaseAllocatedEvent;
import uk.familyagreements.kernel.cases.CaseOpenedEvent;
import uk.familyagreements.kernel.identity.AuditMetaData;

/**
 * Which team holds each case and which case each agreement is on. A subscribing processor (application.yml): it
 * runs in the transaction that appends the event, so the command that opens a case or drafts an agreement is
 * never followed by a request the lookup does not know yet, and a failed write leaves no scope behind.
 */
@Component
@ProcessingGroup(AccessScopeProjection.PROCESSING_GROUP)
class AccessScopeProjection {

    static final String PROCESSING_GROUP = "access-scope";

    private final JdbcClient jdbc;

    AccessScopeProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CaseOpenedEvent event) {
        holdCase(event.caseReference().value(), event.team(), event.practitioner());
    }

    @EventHandler
    void on(CaseAllocatedEvent event) {
        holdCase(event.caseReference().value(), event.team(), event.practitioner());
    }

    /**
     * An agreement drafted on a case the service has not seen opened is held, for now, by the drafter's team: the
     * case lives in the authority's case management system, and the drafter's team is the one working it.
     */
    @EventHandler
    void on(AgreementDraftedEvent event, @MetaDataValue(AuditMetaData.USER) String user) {
        jdbc.sql("INSERT INTO agreement_scope (agreement_id, case_reference) VALUES (:id, :ref) "
                        + "ON CONFLICT DO NOTHING")
                .param("id", event.agreementId().value()).param("ref", event.caseReference().value()).update();
        jdbc.sql("""
                        INSERT INTO case_scope (case_reference, team_code, practitioner)
                        SELECT :ref, (SELECT team_code FROM staff_member WHERE username = :user), NULL
                        ON CONFLICT DO NOTHING""")
                .param("ref", event.caseReference().value()).param("user", user).update();
    }

    private void holdCase(String caseReference, String team, String practitioner) {
        jdbc.sql("""
                        INSERT INTO case_scope (case_reference, team_code, practitioner) VALUES (:ref, :team, :who)
                        ON CONFLICT (case_reference) DO UPDATE SET team_code = EXCLUDED.team_code,
                                                                   practitioner = EXCLUDED.practitioner""")
                .param("ref", caseReference).param("team", team).param("who", practitioner).update();
    }
}
