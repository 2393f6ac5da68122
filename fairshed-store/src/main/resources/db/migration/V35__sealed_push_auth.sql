-- A push subscription's auth secret (RFC 8291: with it and the browser's public key anyone can encrypt messages the
-- browser shows as ours) is stored sealed like the webhook secrets (SecretBox, for the row 'push:<endpoint>'):
-- 'fs1:<key id, 16 hex>:<base64 of nonce, ciphertext and tag>'. Clear values from before are sealed by the first server
-- that opens the store with its key, so both forms are valid here. The p256dh key is public and stays as it is.
alter table push_subscription drop constraint push_subscription_auth_check;
alter table push_subscription add constraint push_subscription_auth_check
    check (length(auth) between 16 and 32 or (auth ~ '^fs1:[0-9a-f]{16}:[A-Za-z0-9+/=]{40,}$' and length(auth) <= 200));
