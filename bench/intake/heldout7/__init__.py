"""The seventh held-out intake corpus (sealed): see make_heldout7.py."""
