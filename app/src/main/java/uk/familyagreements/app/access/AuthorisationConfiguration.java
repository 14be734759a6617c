package uk.familyagreements.app.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import uk.familyagreements.app.accessaudit.AccessAuditLog;

/** Registers the authorisation filter on /api/*, after Spring Security's filters (which run at order -100). */
@Configuration(proxyBeanMethods = false)
class AuthorisationConfiguration {

    @Bean
    FilterRegistrationBean<AuthorisationFilter> authorisationFilter(
            ScopeLookup lookup, AccessRules rules, AccessAuditLog audit,
            @Value("${agreements.security.max-request-body:1MB}") DataSize maxBody) {
        FilterRegistrationBean<AuthorisationFilter> registration = new FilterRegistrationBean<>(
                new AuthorisationFilter(lookup, rules, audit, new ObjectMapper(), (int) maxBody.toBytes()));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(0);
        return registration;
    }
}
