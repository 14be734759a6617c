# Builds the service from source and runs it on a JRE. Used by docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY shared-kernel/pom.xml shared-kernel/
COPY command-side/pom.xml command-side/
COPY query-side/pom.xml query-side/
COPY app/pom.xml app/
RUN ./mvnw -B -q dependency:go-offline
COPY . .
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 agreements
USER agreements
WORKDIR /app
COPY --from=build /src/app/target/app-*.jar /app/family-agreements.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/family-agreements.jar"]
