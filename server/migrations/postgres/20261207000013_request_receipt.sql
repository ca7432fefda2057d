-- Submits a client may send again (an offline outbox replaying after reconnect, a double click,
-- a retry after a lost answer): the first one claims its key and stores; the same key from the
-- same account again finds the receipt and stores nothing. `result_id` is what the first one
-- answered (the new record's id), when it answers one.
CREATE TABLE request_receipt (
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    request_key TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    result_id BIGINT,
    at BIGINT NOT NULL,
    PRIMARY KEY (user_id, request_key)
);
