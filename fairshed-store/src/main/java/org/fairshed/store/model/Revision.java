package org.fairshed.store.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored revision's header.
 *
 * @param number      1, 2, ... per region
 * @param replaces    the number of the revision it replaced, null for the first
 * @param contentHash SHA-256 (hex) of the content: a strong ETag is {@code "<region>-<number>-<hash prefix>"}
 */
public record Revision(long id, String region, int number, Integer replaces, LocalDate firstDay, LocalDate lastDay,
                       int slotMinutes, String planStatus, String reason, String author, Instant createdAt,
                       String contentHash) {
}
