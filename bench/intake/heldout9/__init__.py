"""The ninth held-out intake corpus (sealed until the lead scores it once)."""
