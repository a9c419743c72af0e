"""The tenth held-out corpus (sealed): see bench/intake/README.md."""
