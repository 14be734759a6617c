package uk.familyagreements.app.integrity;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar app.jar --verify-integrity[=<aggregate id>]}: verifies the hash chains, prints the outcome and
 * exits with 0 when intact, 3 when a chain is broken, without serving requests afterwards.
 */
@Component
class VerifyIntegrityCommand implements ApplicationRunner {

    static final String OPTION = "verify-integrity";
    static final int BROKEN = 3;

    private final HashChainVerifier verifier;
    private final ConfigurableApplicationContext context;

    VerifyIntegrityCommand(HashChainVerifier verifier, ConfigurableApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        boolean intact = report(args.getOptionValues(OPTION));
        int code = intact ? 0 : BROKEN;
        ExitCodeGenerator exitCode = () -> code;
        System.exit(SpringApplication.exit(context, exitCode));
    }

    /** Prints the report for the named aggregates, or for all; answers whether everything is intact. */
    boolean report(java.util.List<String> ids) {
        if (ids == null || ids.isEmpty() || ids.stream().allMatch(String::isBlank)) {
            HashChainVerifier.Summary summary = verifier.verifyAll();
            System.out.printf("Hash chains: %s (%d aggregates, %d events checked)%n",
                    summary.intact() ? "INTACT" : "BROKEN", summary.aggregatesChecked(), summary.eventsChecked());
            summary.broken().forEach(VerifyIntegrityCommand::print);
            return summary.intact();
        }
        boolean intact = true;
        for (String id : ids) {
            var report = verifier.verify(id);
            if (report.isEmpty()) {
                System.out.printf("%s: no events%n", id);
                continue;
            }
            print(report.get());
            intact &= report.get().intact();
        }
        return intact;
    }

    private static void print(HashChainVerifier.Report report) {
        if (report.intact()) {
            System.out.printf("%s: INTACT (%d events)%n", report.aggregateId(), report.eventsChecked());
        } else {
            System.out.printf("%s: BROKEN at sequence %d, event %s: %s%n", report.aggregateId(),
                    report.firstBroken().sequenceNumber(), report.firstBroken().eventIdentifier(),
                    report.firstBroken().reason());
        }
    }
}
