"""The sixth held-out intake corpus (sealed): see make_heldout6.py."""
