package uk.familyagreements.app.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.familyagreements.kernel.rules.RuleCode;
import uk.familyagreements.kernel.rules.RuleViolationException;

/** Services and the teams within them. Codes are permanent: events name teams by code. */
@RestController
class AdminTeamsController {

    private final JdbcClient jdbc;

    AdminTeamsController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Team(String teamCode, String name, String serviceCode) {
    }

    record Service(String serviceCode, String name) {
    }

    record NewTeam(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String teamCode,
                   @NotBlank @Size(max = 255) String name,
                   @NotBlank @Size(max = 64) String serviceCode) {
    }

    record NewService(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String serviceCode,
                      @NotBlank @Size(max = 255) String name) {
    }

    @GetMapping("/api/admin/teams")
    List<Team> teams() {
        return jdbc.sql("SELECT team_code, name, service_code FROM team ORDER BY team_code")
                .query((rs, row) -> new Team(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    @PostMapping("/api/admin/teams")
    ResponseEntity<Team> addTeam(@Valid @RequestBody NewTeam team) {
        if (jdbc.sql("SELECT count(*) FROM service_area WHERE service_code = :s").param("s", team.serviceCode())
                .query(Long.class).single() == 0) {
            throw RuleViolationException.of(RuleCode.INVALID_INPUT, "serviceCode", "No service has this code.");
        }
        int added = jdbc.sql("INSERT INTO team (team_code, name, service_code) VALUES (:code, :name, :service) "
                        + "ON CONFLICT DO NOTHING")
                .param("code", team.teamCode()).param("name", team.name().strip())
                .param("service", team.serviceCode()).update();
        if (added == 0) {
            throw RuleViolationException.of(RuleCode.INVALID_INPUT, "teamCode", "This team code is already taken.");
        }
        return ResponseEntity.created(URI.create("/api/admin/teams/" + team.teamCode()))
                .body(new Team(team.teamCode(), team.name().strip(), team.serviceCode()));
    }

    @GetMapping("/api/admin/services")
    List<Service> services() {
        return jdbc.sql("SELECT service_code, name FROM service_area ORDER BY service_code")
                .query((rs, row) -> new Service(rs.getString(1), rs.getString(2))).list();
    }

    @PostMapping("/api/admin/services")
    ResponseEntity<Service> addService(@Valid @RequestBody NewService service) {
        int added = jdbc.sql("INSERT INTO service_area (service_code, name) VALUES (:code, :name) "
                        + "ON CONFLICT DO NOTHING")
                .param("code", service.serviceCode()).param("name", service.name().strip()).update();
        if (added == 0) {
            throw RuleViolationException.of(RuleCode.INVALID_INPUT, "serviceCode",
                    "This service code is already taken.");
        }
        return ResponseEntity.created(URI.create("/api/admin/services/" + service.serviceCode()))
                .body(new Service(service.serviceCode(), service.name().strip()));
    }
}
