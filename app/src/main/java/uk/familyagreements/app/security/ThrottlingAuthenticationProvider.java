package uk.familyagreements.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import uk.familyagreements.app.accessaudit.AccessAuditLog;
import uk.familyagreements.app.accessaudit.AccessEntry;

/**
 * Password sign-in with a limit on guessing: a user name or a client address that fails too often is locked for a
 * while, and a locked key is refused before its password is even checked. Both form login and HTTP Basic pass here.
 * Failures and lock-outs go to the access audit.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottlingAuthenticationProvider.class);

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AccessAuditLog audit;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, AccessAuditLog audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName() == null ? "" : attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        String userKey = LoginThrottle.userKey(username);
        if (throttle.isLocked(userKey) || (address != null && throttle.isLocked(LoginThrottle.addressKey(address)))) {
            record(username, address, "LOCKED");
            throw new LockedException("Too many failed sign-ins; try again later.");
        }
        try {
            Authentication authenticated = passwords.authenticate(attempt);
            throttle.reset(userKey);
            return authenticated;
        } catch (BadCredentialsException wrong) {
            boolean locked = throttle.recordFailure(userKey, throttle.maxFailuresPerUser());
            if (address != null) {
                locked |= throttle.recordFailure(LoginThrottle.addressKey(address), throttle.maxFailuresPerAddress());
            }
            if (locked) {
                log.warn("Sign-in locked after repeated failures for a user name or address ({})", address);
            }
            record(username, address, "DENIED");
            throw wrong;
        } catch (AuthenticationException other) {
            record(username, address, "DENIED");
            throw other;
        }
    }

    private void record(String username, String address, String outcome) {
        audit.record(new AccessEntry(username.length() > 255 ? username.substring(0, 255) : username, null,
                "SIGN_IN", outcome, "session", null, null, "POST", "sign-in", 401, address));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
