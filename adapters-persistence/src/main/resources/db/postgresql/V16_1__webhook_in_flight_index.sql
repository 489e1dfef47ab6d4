-- The claim counts each endpoint's attempts in flight (pending and leased) to cap them: an index of
-- the pending deliveries only, which stays small however many delivered ones the table keeps.
CREATE INDEX webhook_delivery_in_flight_ix ON webhook_delivery (endpoint_id, lease_until) WHERE status = 'pending';
