/**
 * The bot's status on the public port: {@code /actuator/health} says {@code UP} or {@code DOWN} and
 * nothing else. The details (each component, why) and the metrics are on the management port, bound
 * to loopback ({@code MANAGEMENT_SERVER_PORT}).
 */
package vn.exemplarbot.health;
