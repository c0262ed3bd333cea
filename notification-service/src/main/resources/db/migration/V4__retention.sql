-- The retention sweep (se.byra.notification.retention.Retention) takes the oldest rows of each rule in
-- batches; each rule walks its own partial index in created or finished order, so a batch reads only rows
-- that go, however many younger ones (or unread, or pending ones) there are.

-- read notifications by age (notification.retention.read-notifications)
create index notification_read_retention on notification (created_at) where read_at is not null;
-- unread ones by age (notification.retention.unread-notifications); read ones older than that went by the rule above
create index notification_unread_retention on notification (created_at) where read_at is null;
-- e-mails sent, by when (notification.retention.sent-deliveries)
create index email_delivery_sent_retention on email_delivery (sent_at) where status = 'SENT';
-- e-mails given up, by their last attempt (notification.retention.failed-deliveries); pending ones have no index
-- here because the sweep never takes them
create index email_delivery_failed_retention on email_delivery (last_attempt_at) where status = 'FAILED';
