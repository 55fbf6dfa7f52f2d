"""satchel.client.vault: the encrypted vault, one directory per role.

Use:

    vault = Vault.create(home, "reporter", passphrase, kdf_params_for_new_vault())
    vault = Vault.open(home, passphrase)        # WrongPassphraseError if it does not open
    with vault.transaction() as db: ...         # SQLCipher, keyed by a raw 256-bit key
    vault.change_passphrase(new)                # rewraps the master key only: instant
    vault.lock()                                # forgets every key held in memory
    destroy(home)                               # panic: key slots first, then the rest

Layout (docs/spec.md "Vault"): `keyslots` (fixed size, random-looking, overwritten in
place and fsynced, never replaced by rename), `vault.db` (SQLCipher 4) and `blobs/`
(attachment ciphertext). Passphrase -> Argon2id (limits stored with each slot) ->
key-encryption key -> master key -> database and blob keys.

Modules: vault (Vault, vault_exists, destroy, kdf_params_for_new_vault), keyslot_file
(read, unlock, overwrite the slots in place), schema (versioned migrations), blobs
(write_blob: .part, fsync, rename), duress (a passphrase that silently destroys the real
vault and opens a decoy), autolock (AutoLock: lock when idle), wipe (best-effort
overwrite before unlink, shredding in the background).

Guarantees: a locked or seized vault reveals nothing beyond its size; destroying the
key slots makes everything else unreadable at once; SQLCipher's own passphrase KDF is
never used. Errors: WrongPassphraseError (no slot opens), LockedError (the vault is
locked, exit 3), IntegrityError (a slot or the database was altered). Nothing is
re-exported here, so importing one module does not open the database driver.
"""
