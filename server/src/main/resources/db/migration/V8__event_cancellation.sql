-- An event that will not take place is cancelled, not deleted: its page, its place in the feeds
-- (STATUS:CANCELLED, RFC 5545 3.8.1.11) and its registrations stay. Epoch milliseconds, NULL while on.
ALTER TABLE event ADD COLUMN cancelled_at BIGINT;
