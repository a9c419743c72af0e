"""/advice/: the channel advisor as a read-only page (the rules and the ranking, nothing stored)."""

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from rogatory.advice.queries import Advice, advise, situation_for
from rogatory.advice.situation import DATA_CATEGORIES, MEASURES, URGENCIES
from rogatory.core.errors import ValidationFailed


class AdviceForm(forms.Form):
    measure = forms.ChoiceField(label=_("Measure"), choices=[(code, code) for code in MEASURES])
    requested_country = forms.CharField(
        label=_("Requested country"),
        max_length=2,
        help_text=_("ISO 3166-1 alpha-2, e.g. DE"),
    )
    requesting_country = forms.CharField(
        label=_("Requesting country"), max_length=2, required=False
    )
    provider = forms.CharField(
        label=_("Provider"), max_length=80, required=False, help_text=_("Provider code")
    )
    urgency = forms.ChoiceField(label=_("Urgency"), choices=[(code, code) for code in URGENCIES])
    data_categories = forms.MultipleChoiceField(
        label=_("Data categories"),
        choices=[(code, code) for code in DATA_CATEGORIES],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


@login_required
def advice_page(request: HttpRequest) -> HttpResponse:
    # A GET form: the advice changes nothing, and its address can be shared.
    form = AdviceForm(request.GET or None)
    advice: Advice | None = None
    if form.is_valid():
        data = form.cleaned_data
        try:
            advice = advise(
                situation_for(
                    measure=data["measure"],
                    requested_country=data["requested_country"],
                    requesting_country=data["requesting_country"] or None,
                    provider=data["provider"] or None,
                    urgency=data["urgency"],
                    data_categories=data["data_categories"],
                )
            )
        except ValidationFailed as error:
            form.add_error(None, error.text)
    return render(request, "web/advice.html", {"form": form, "advice": advice})
