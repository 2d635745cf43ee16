-- Rate limiting of sign-in by network address (OWASP Authentication Cheat Sheet: throttle per account
-- and per source). The per-account lockout lives on app_user (20261204_01); this table counts failures
-- from one address across every account name, so one client cannot try a password against many
-- accounts. It holds no council data (an address is not any council's), so it is not keyed by la_code;
-- rows older than the window are deleted as new ones are written (src/access/sign-in-limits.ts).

CREATE TABLE sign_in_failure (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  address text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX sign_in_failure_address ON sign_in_failure (address, at);
COMMENT ON TABLE sign_in_failure IS 'A failed or refused sign-in, by the network address it came from: more than the limit within the window refuses further attempts from that address.';
COMMENT ON COLUMN sign_in_failure.id IS 'Sequence number.';
COMMENT ON COLUMN sign_in_failure.address IS 'Network address the attempt came from (the socket, or X-Forwarded-For behind a trusted proxy).';
COMMENT ON COLUMN sign_in_failure.at IS 'When the attempt failed.';
