-- Who works where: teams within services, and the staff in them with their role. Reminders and escalations are
-- addressed through it (a case's team -> that team's managers), and authorisation scopes reads and writes by it.
CREATE TABLE service_area (
    service_code VARCHAR(64)  NOT NULL,
    name         VARCHAR(255) NOT NULL,
    CONSTRAINT service_area_pk PRIMARY KEY (service_code)
);

CREATE TABLE team (
    team_code    VARCHAR(64)  NOT NULL,
    name         VARCHAR(255) NOT NULL,
    service_code VARCHAR(64)  NOT NULL REFERENCES service_area (service_code),
    CONSTRAINT team_pk PRIMARY KEY (team_code)
);

-- role: PRACTITIONER, TEAM_MANAGER, CONSULTANT_SOCIAL_WORKER, SERVICE_MANAGER, AUDITOR, ADMINISTRATOR.
-- team_code is null for roles that are not in one team (auditor, administrator); a service manager has a service.
CREATE TABLE staff_member (
    username     VARCHAR(255) NOT NULL,
    display_name VARCHAR(255) NOT NULL,
    email        VARCHAR(320),
    role         VARCHAR(32)  NOT NULL,
    team_code    VARCHAR(64)  REFERENCES team (team_code),
    service_code VARCHAR(64)  REFERENCES service_area (service_code),
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT staff_member_pk PRIMARY KEY (username)
);
CREATE INDEX staff_member_team_role_idx ON staff_member (team_code, role);
