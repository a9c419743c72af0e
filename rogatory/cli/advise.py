"""`rogatory advise`: which channel for which measure, and the rules that apply."""

import argparse
import json
import sys

from rogatory.advice.queries import Advice, advice_document, advise, situation_for
from rogatory.advice.situation import MEASURES
from rogatory.core.errors import ValidationFailed

# Bad input exits 2, like argparse's own usage errors, with one line on stderr.
BAD_INPUT = 2


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = subparsers.add_parser(
        "advise",
        help="rank the channels for a measure and list the rule findings",
        description="Rank the channels for a measure and list the rule findings. Nothing is stored.",
    )
    parser.add_argument("--measure", help=f"one of: {', '.join(MEASURES)}")
    parser.add_argument("--to", dest="requested_country", help="requested country, ISO2 (e.g. DE)")
    parser.add_argument("--from", dest="requesting_country", help="requesting country, ISO2")
    parser.add_argument("--provider", help="provider code (directory or provider data)")
    parser.add_argument("--urgency", default="normal", help="normal, urgent or emergency")
    parser.add_argument("--data", default="", help="data categories, e.g. subscriber,traffic")
    parser.add_argument("--channel", help="the channel you intend to use (checked by the rules)")
    parser.add_argument("--penalty", help="maximum penalty of the offence, in years")
    parser.add_argument("--listed-offence", action="store_true", help="offence on the EU list")
    parser.add_argument("--public-data", action="store_true", help="the data is public (Art. 32)")
    parser.add_argument("--consent", action="store_true", help="lawful consent (Art. 32)")
    parser.add_argument(
        "--imminent-risk", action="store_true", help="facts show an imminent risk to life"
    )
    parser.add_argument("--second-approver", action="store_true", help="a second approver is named")
    parser.add_argument("--json", action="store_true", help="print the advice as JSON")
    parser.set_defaults(handler=_advise)


def _penalty(text: str | None) -> int | None:
    if text is None:
        return None
    if not text.isdigit():
        raise ValidationFailed(f"--penalty must be a whole number of years, not '{text}'.")
    return int(text)


def _advise(arguments: argparse.Namespace) -> int:
    try:
        if not arguments.measure:
            raise ValidationFailed(f"--measure is required: one of {', '.join(MEASURES)}.")
        if not arguments.requested_country:
            raise ValidationFailed("--to is required: the requested country, e.g. --to DE.")
        situation = situation_for(
            measure=arguments.measure,
            requested_country=arguments.requested_country,
            requesting_country=arguments.requesting_country,
            provider=arguments.provider,
            urgency=arguments.urgency,
            data_categories=arguments.data.split(","),
            is_public_data=arguments.public_data,
            has_lawful_consent=arguments.consent,
            offence_max_penalty_years=_penalty(arguments.penalty),
            is_listed_offence=arguments.listed_offence,
            has_imminent_risk_facts=arguments.imminent_risk,
            has_second_approver=arguments.second_approver,
            channel=arguments.channel,
        )
    except ValidationFailed as error:
        print(f"error: {error.message}", file=sys.stderr)
        return BAD_INPUT
    advice = advise(situation)
    if arguments.json:
        print(json.dumps(advice_document(advice), indent=2, ensure_ascii=False))
    else:
        print(_text(advice))
    return 0


def _text(advice: Advice) -> str:
    document = advice_document(advice)
    country = advice.situation.requested_country
    lines = [f"{document['measure']} ({document['legal_basis']}) to {country.code} {country.name}"]
    lines.append("")
    lines.append("Channels:")
    for item in advice.channels:
        head = f"#{item.rank}" if item.rank is not None else "blocked"
        score = f" (score {item.score})" if item.score is not None else ""
        lines.append(f"  {head:<8}{item.channel}{score}")
        for reason in item.reasons:
            points = f" [{reason.points:+d}]" if reason.points is not None else ""
            lines.append(f"           - {reason.message}{points}")
        if item.follow_up:
            lines.append(f"           then: {item.follow_up}")
    lines.append("")
    lines.append("Rules:" if advice.findings else "Rules: nothing to report.")
    for finding in advice.findings:
        lines.append(f"  [{finding.severity}] {finding.code}: {finding.message}")
        lines.append(f"           basis: {finding.legal_basis}")
        if finding.instead:
            lines.append(f"           instead: {finding.instead}")
    return "\n".join(lines)
