package uk.familyagreements.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The runnable service: the command side and the query side in one process, on one PostgreSQL. */
@SpringBootApplication(scanBasePackages = "uk.familyagreements")
@ConfigurationPropertiesScan("uk.familyagreements")
public class FamilyAgreementsApplication {

    public static void main(String[] args) {
        SpringApplication.run(FamilyAgreementsApplication.class, args);
    }
}
