-- Webhook secrets are stored sealed (AES-256-GCM under a key kept outside the database, SecretBox):
-- 'fs1:<key id, 16 hex>:<base64 of nonce, ciphertext and tag>'. Clear values from before are sealed by the first
-- server that opens the store with its key, so both forms are valid here.
alter table webhook_subscription drop constraint webhook_subscription_secret_check;
alter table webhook_subscription add constraint webhook_subscription_secret_check
    check (secret ~ '^whsec_[A-Za-z0-9+/=]{20,200}$' or (secret ~ '^fs1:[0-9a-f]{16}:[A-Za-z0-9+/=]{40,}$' and length(secret) <= 420));
-- The VAPID private key likewise (a clear PKCS#8 base64 from before is sealed on the next start).
comment on column vapid_key.private_key is 'sealed PKCS#8 (SecretBox: fs1:...), or clear base64 from before V33';
