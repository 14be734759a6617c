package uk.familyagreements.query.inbox;

import java.util.List;

/** A page of the current user's inbox, with how many messages are unread in all. */
public record InboxPage(List<InboxMessage> items, int page, int size, long total, long unread) {
}
