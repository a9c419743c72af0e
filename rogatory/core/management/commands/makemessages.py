"""makemessages that also extracts gettext_noop imported as N_ and pgettext_noop (context, text):
messages kept in English for the API and the CLI, translated where a page prints them."""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    xgettext_options = [
        *makemessages.Command.xgettext_options,
        "--keyword=N_",
        "--keyword=pgettext_noop:1c,2",
    ]
