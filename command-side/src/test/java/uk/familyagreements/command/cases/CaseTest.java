package uk.familyagreements.command.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.familyagreements.command.agreement.rules.AgreementRuleSettings;
import uk.familyagreements.kernel.agreement.AgreementId;
import uk.familyagreements.kernel.agreement.AgreementKind;
import uk.familyagreements.kernel.cases.AgreementRegisteredOnCaseEvent;
import uk.familyagreements.kernel.cases.AllocateCaseCommand;
import uk.familyagreements.kernel.cases.CaseAllocatedEvent;
import uk.familyagreements.kernel.cases.CaseClosedEvent;
import uk.familyagreements.kernel.cases.CaseOpenedEvent;
import uk.familyagreements.kernel.cases.CaseReference;
import uk.familyagreements.kernel.cases.CloseCaseCommand;
import uk.familyagreements.kernel.cases.OpenCaseCommand;
import uk.familyagreements.kernel.cases.RecordWrittenAgreementActiveCommand;
import uk.familyagreements.kernel.cases.RecordWrittenAgreementInactiveCommand;
import uk.familyagreements.kernel.cases.RegisterAgreementOnCaseCommand;
import uk.familyagreements.kernel.cases.WrittenAgreementActivatedOnCaseEvent;
import uk.familyagreements.kernel.cases.WrittenAgreementDeactivatedOnCaseEvent;
import uk.familyagreements.kernel.identity.AuditMetaData;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolation;
import uk.familyagreements.kernel.rules.RuleViolationException;

class CaseTest {

    private static final CaseReference CASE = new CaseReference("CASE-2026-0042");
    private static final AgreementId FIRST = new AgreementId("agreement-leo-1");
    private static final AgreementId SECOND = new AgreementId("agreement-leo-2");
    private static final Map<String, Object> PRACTITIONER = Map.of(AuditMetaData.USER, "sam.okafor",
            AuditMetaData.ROLES, "PRACTITIONER");

    /** What the injected clock says now; the serial-agreement window (default 90 days) counts back from here. */
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant OPENED_AT = NOW.minus(Duration.ofDays(200));

    private static final CaseOpenedEvent OPENED = new CaseOpenedEvent(CASE, "Leo Carter", "sam.okafor", "Team North");

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerInjectableResource(AgreementRuleSettings.defaults());
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    // ---- Open, allocate, close ------------------------------------------------------------------------------------

    @Test
    void givenNothing_whenCaseOpened_thenOpenedWithTidiedNames() {
        fixture.givenNoPriorActivity()
                .when(new OpenCaseCommand(CASE, " Leo Carter ", " sam.okafor ", " Team North "), PRACTITIONER)
                .expectEvents(OPENED)
                .expectResultMessagePayload(0L);
    }

    @Test
    void givenNothing_whenOpenedWithoutPractitionerOrTeam_thenBothMissingFieldsListed() {
        fixture.givenNoPriorActivity()
                .when(new OpenCaseCommand(CASE, "Leo Carter", " ", null), PRACTITIONER)
                .expectException(violations(RuleCode.INVALID_INPUT, RuleCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void givenOpenCase_whenAllocatedToAnotherPractitioner_thenAllocated() {
        fixture.given(OPENED)
                .when(new AllocateCaseCommand(CASE, "amira.khan ", "Team South"), PRACTITIONER)
                .expectEvents(new CaseAllocatedEvent(CASE, "amira.khan", "Team South"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void givenOpenCase_whenAllocatedToSamePractitionerInAnotherTeam_thenAllocated() {
        fixture.given(OPENED)
                .when(new AllocateCaseCommand(CASE, "sam.okafor", "Team East"), PRACTITIONER)
                .expectEvents(new CaseAllocatedEvent(CASE, "sam.okafor", "Team East"));
    }

    @Test
    void givenOpenCase_whenAllocatedToTheSamePractitionerAndTeam_thenNothingHappens() {
        fixture.given(OPENED)
                .when(new AllocateCaseCommand(CASE, " sam.okafor", "Team North "), PRACTITIONER)
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void givenOpenCase_whenAllocatedWithoutTeam_thenRejected() {
        fixture.given(OPENED)
                .when(new AllocateCaseCommand(CASE, "amira.khan", ""), PRACTITIONER)
                .expectException(violations(RuleCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void givenClosedCase_whenAllocated_thenRejectedWithInvalidState() {
        fixture.given(OPENED, new CaseClosedEvent(CASE, null))
                .when(new AllocateCaseCommand(CASE, "amira.khan", "Team South"), PRACTITIONER)
                .expectException(violations(RuleCode.INVALID_STATE))
                .expectNoEvents();
    }

    @Test
    void givenOpenCaseWithoutWrittenAgreements_whenClosed_thenClosed() {
        fixture.given(OPENED)
                .when(new CloseCaseCommand(CASE, " Family moved away "), PRACTITIONER)
                .expectEvents(new CaseClosedEvent(CASE, "Family moved away"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void givenClosedCase_whenClosedAgain_thenRejectedWithInvalidState() {
        fixture.given(OPENED, new CaseClosedEvent(CASE, null))
                .when(new CloseCaseCommand(CASE, null), PRACTITIONER)
                .expectException(violations(RuleCode.INVALID_STATE))
                .expectNoEvents();
    }

    @Test
    void givenWrittenAgreementActive_whenClosed_thenRejectedWithCaseHasActiveWrittenAgreement() {
        fixture.given(OPENED, new AgreementRegisteredOnCaseEvent(CASE, FIRST, AgreementKind.WRITTEN),
                        new WrittenAgreementActivatedOnCaseEvent(CASE, FIRST))
                .when(new CloseCaseCommand(CASE, "Work finished"), PRACTITIONER)
                .expectException(violations(RuleCode.CASE_HAS_ACTIVE_WRITTEN_AGREEMENT))
                .expectNoEvents();
    }

    @Test
    void givenOneOfTwoWrittenAgreementsDeactivated_whenClosed_thenStillRejected() {
        fixture.given(OPENED,
                        new WrittenAgreementActivatedOnCaseEvent(CASE, FIRST),
                        new WrittenAgreementActivatedOnCaseEvent(CASE, SECOND),
                        new WrittenAgreementDeactivatedOnCaseEvent(CASE, FIRST, false, true))
                .when(new CloseCaseCommand(CASE, null), PRACTITIONER)
                .expectException(violations(RuleCode.CASE_HAS_ACTIVE_WRITTEN_AGREEMENT))
                .expectNoEvents();
    }

    @Test
    void givenWrittenAgreementDeactivated_whenClosed_thenClosed() {
        fixture.given(OPENED, new WrittenAgreementActivatedOnCaseEvent(CASE, FIRST),
                        new WrittenAgreementDeactivatedOnCaseEvent(CASE, FIRST, true, true))
                .when(new CloseCaseCommand(CASE, null), PRACTITIONER)
                .expectEvents(new CaseClosedEvent(CASE, null));
    }

    @Test
    void givenWorkingAgreementRegistered_whenClosed_thenClosedAsOnlyWrittenAgreementsGuardTheCase() {
        fixture.given(OPENED, new AgreementRegisteredOnCaseEvent(CASE, FIRST, AgreementKind.WORKING))
                .when(new CloseCaseCommand(CASE, null), PRACTITIONER)
                .expectEvents(new CaseClosedEvent(CASE, null));
    }

    // ---- What agreements tell their case ----------------------------------------------------------------------------

    @Test
    void givenOpenCase_whenWrittenAgreementActivated_thenRecorded() {
        fixture.given(OPENED)
                .when(new RecordWrittenAgreementActiveCommand(CASE, FIRST))
                .expectEvents(new WrittenAgreementActivatedOnCaseEvent(CASE, FIRST));
    }

    @Test
    void givenWrittenAgreementActive_whenActivatedAgain_thenNothingHappens() {
        fixture.given(OPENED, new WrittenAgreementActivatedOnCaseEvent(CASE, FIRST))
                .when(new RecordWrittenAgreementActiveCommand(CASE, FIRST))
                .expectNoEvents();
    }

    @Test
    void givenClosedCase_whenWrittenAgreementActivated_thenRejectedWithInvalidState() {
        fixture.given(OPENED, new CaseClosedEvent(CASE, null))
                .when(new RecordWrittenAgreementActiveCommand(CASE, FIRST))
                .expectException(violations(RuleCode.INVALID_STATE))
                .expectNoEvents();
    }

    @Test
    void givenWrittenAgreementActive_whenDeactivated_thenRecordedWithBreach() {
        fixture.given(OPENED, new WrittenAgreementActivatedOnCaseEvent(CASE, FIRST))
                .when(new RecordWrittenAgreementInactiveCommand(CASE, FIRST, true, true))
                .expectEvents(new WrittenAgreementDeactivatedOnCaseEvent(CASE, FIRST, true, true));
    }

    @Test
    void givenNoActiveWrittenAgreement_whenDeactivated_thenNothingHappens() {
        fixture.given(OPENED)
                .when(new RecordWrittenAgreementInactiveCommand(CASE, FIRST, false, true))
                .expectNoEvents();
    }

    @Test
    void givenClosedCaseStillListingAnActiveAgreement_whenDeactivated_thenRecordedAsItOnlyMakesTheCaseSafer() {
        fixture.given(OPENED, new WrittenAgreementActivatedOnCaseEvent(CASE, FIRST), new CaseClosedEvent(CASE, null))
                .when(new RecordWrittenAgreementInactiveCommand(CASE, FIRST, false, true))
                .expectEvents(new WrittenAgreementDeactivatedOnCaseEvent(CASE, FIRST, false, true));
    }

    @Test
    void givenClosedCase_whenAgreementRegistered_thenRejectedWithInvalidState() {
        fixture.given(OPENED, new CaseClosedEvent(CASE, null))
                .when(new RegisterAgreementOnCaseCommand(CASE, SECOND, AgreementKind.WORKING))
                .expectException(violations(RuleCode.INVALID_STATE))
                .expectNoEvents();
    }

    // ---- Serial written agreements ----------------------------------------------------------------------------------

    @Test
    void givenNoEarlierWrittenAgreement_whenWrittenAgreementRegistered_thenRegisteredAndNotSerial() {
        fixture.given(OPENED)
                .when(new RegisterAgreementOnCaseCommand(CASE, FIRST, AgreementKind.WRITTEN))
                .expectEvents(new AgreementRegisteredOnCaseEvent(CASE, FIRST, AgreementKind.WRITTEN))
                .expectResultMessagePayload(false);
    }

    @Test
    void givenWrittenAgreementEndedThirtyDaysAgo_whenWrittenAgreementRegistered_thenSerial() {
        previousWrittenAgreementDeactivated(Duration.ofDays(30), false)
                .when(new RegisterAgreementOnCaseCommand(CASE, SECOND, AgreementKind.WRITTEN))
                .expectEvents(new AgreementRegisteredOnCaseEvent(CASE, SECOND, AgreementKind.WRITTEN))
                .expectResultMessagePayload(true);
    }

    @Test
    void givenWrittenAgreementEndedEightyNineDaysAgo_whenWrittenAgreementRegistered_thenSerial() {
        previousWrittenAgreementDeactivated(Duration.ofDays(89), false)
                .when(new RegisterAgreementOnCaseCommand(CASE, SECOND, AgreementKind.WRITTEN))
                .expectResultMessagePayload(true);
    }

    @Test
    void givenWrittenAgreementBreachedAndEndedThirtyDaysAgo_whenWrittenAgreementRegistered_thenSerial() {
        previousWrittenAgreementDeactivated(Duration.ofDays(30), true)
                .when(new RegisterAgreementOnCaseCommand(CASE, SECOND, AgreementKind.WRITTEN))
                .expectResultMessagePayload(true);
    }

    @Test
    void givenWrittenAgreementEndedNinetyOneDaysAgo_whenWrittenAgreementRegistered_thenNotSerial() {
        previousWrittenAgreementDeactivated(Duration.ofDays(91), false)
                .when(new RegisterAgreementOnCaseCommand(CASE, SECOND, AgreementKind.WRITTEN))
                .expectEvents(new AgreementRegisteredOnCaseEvent(CASE, SECOND, AgreementKind.WRITTEN))
                .expectResultMessagePayload(false);
    }

    @Test
    void givenWrittenAgreementBreachedAndEndedNinetyOneDaysAgo_whenWrittenAgreementRegistered_thenNotSerial() {
        previousWrittenAgreementDeactivated(Duration.ofDays(91), true)
                .when(new RegisterAgreementOnCaseCommand(CASE, SECOND, AgreementKind.WRITTEN))
                .expectResultMessagePayload(false);
    }

    @Test
    void givenWrittenAgreementEndedThirtyDaysAgo_whenWorkingAgreementRegistered_thenNotSerial() {
        previousWrittenAgreementDeactivated(Duration.ofDays(30), true)
                .when(new RegisterAgreementOnCaseCommand(CASE, SECOND, AgreementKind.WORKING))
                .expectEvents(new AgreementRegisteredOnCaseEvent(CASE, SECOND, AgreementKind.WORKING))
                .expectResultMessagePayload(false);
    }

    @Test
    void givenAnotherWrittenAgreementStillActive_whenWrittenAgreementRegistered_thenSerial() {
        fixture.given(OPENED, new WrittenAgreementActivatedOnCaseEvent(CASE, FIRST))
                .when(new RegisterAgreementOnCaseCommand(CASE, SECOND, AgreementKind.WRITTEN))
                .expectResultMessagePayload(true);
    }

    @Test
    void givenShorterConfiguredWindow_whenWrittenAgreementRegisteredThirtyDaysAfterTheLastEnded_thenNotSerial() {
        fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerInjectableResource(new AgreementRuleSettings(Duration.ofDays(14), Duration.ofDays(28)));
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        previousWrittenAgreementDeactivated(Duration.ofDays(30), false)
                .when(new RegisterAgreementOnCaseCommand(CASE, SECOND, AgreementKind.WRITTEN))
                .expectResultMessagePayload(false);
    }

    @Test
    void givenApprovedWrittenAgreementDiscardedBeforeComingIntoForce_whenWrittenAgreementRegistered_thenNotSerial() {
        previousWrittenAgreementDeactivated(Duration.ofDays(2), false, false)
                .when(new RegisterAgreementOnCaseCommand(CASE, SECOND, AgreementKind.WRITTEN))
                .expectResultMessagePayload(false);
    }

    @Test
    void givenWrittenAgreementEndedBeforeItsEventSaidWhetherItWasInForce_whenWrittenAgreementRegistered_thenSerial() {
        previousWrittenAgreementDeactivated(Duration.ofDays(2), false, null)
                .when(new RegisterAgreementOnCaseCommand(CASE, SECOND, AgreementKind.WRITTEN))
                .expectResultMessagePayload(true);
    }

    /** The case opened long ago; its first written agreement came into force and was deactivated this long ago. */
    private org.axonframework.test.aggregate.TestExecutor<Case> previousWrittenAgreementDeactivated(
            Duration ago, boolean breached) {
        return previousWrittenAgreementDeactivated(ago, breached, true);
    }

    /** As above; {@code cameIntoForce} false for a discarded draft, null for an event stored before it was kept. */
    private org.axonframework.test.aggregate.TestExecutor<Case> previousWrittenAgreementDeactivated(
            Duration ago, boolean breached, Boolean cameIntoForce) {
        return fixture.givenCurrentTime(OPENED_AT)
                .andGiven(OPENED,
                        new AgreementRegisteredOnCaseEvent(CASE, FIRST, AgreementKind.WRITTEN),
                        new WrittenAgreementActivatedOnCaseEvent(CASE, FIRST))
                .andGivenCurrentTime(NOW.minus(ago))
                .andGiven(new WrittenAgreementDeactivatedOnCaseEvent(CASE, FIRST, breached, cameIntoForce))
                .andGivenCurrentTime(NOW);
    }

    /** A RuleViolationException whose violations carry exactly these codes, in any order. */
    private static Matcher<Object> violations(RuleCode... codes) {
        List<RuleCode> expected = Arrays.stream(codes).sorted().toList();
        return new CustomTypeSafeMatcher<>("a RuleViolationException with exactly the codes " + expected) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof RuleViolationException e
                        && e.violations().stream().map(RuleViolation::code).sorted().toList().equals(expected);
            }
        };
    }
}
