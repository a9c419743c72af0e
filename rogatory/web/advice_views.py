"""/advice/: the channel advisor as a read-only page (the rules and the ranking, nothing stored)."""

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from rogatory.advice.queries import Advice, advise, situation_for
from rogatory.advice.situation import DATA_CATEGORIES, MEASURES, URGENCIES
from rogatory.core.errors import ValidationFailed


class AdviceForm(forms.Form):
    measure = forms.ChoiceField(choices=[(code, code) for code in MEASURES])
    requested_country = forms.CharField(max_length=2, help_text="ISO 3166-1 alpha-2, e.g. DE")
    requesting_country = forms.CharField(max_length=2, required=False)
    provider = forms.CharField(max_length=80, required=False, help_text="Provider code")
    urgency = forms.ChoiceField(choices=[(code, code) for code in URGENCIES])
    data_categories = forms.MultipleChoiceField(
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
            form.add_error(None, error.message)
    return render(request, "web/advice.html", {"form": form, "advice": advice})
