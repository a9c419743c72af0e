"""The English texts of advice/data/*.csv that the pages print, marked for the catalogues:
makemessages reads no CSV. advice/tests/test_data_messages.py fails when they differ from the files."""

from django.utils.translation import gettext_noop as N_

# channels.csv (reason, follow_up), then measures.csv (legal_basis, alternative).
DATA_MESSAGES = (
    N_("The 24/7 network exists to preserve data fast (Budapest Art. 29 and 35)."),
    N_("A central authority can pass on a preservation request, but not at any hour."),
    N_("Many providers preserve on a direct request under their own policy (voluntary)."),
    N_(
        "Eurojust and the EJN help reach the executing authority in EU cases; they do not preserve."
    ),
    N_(
        "Interpol NCRP cannot carry a preservation request: it exchanges police information, not preservation orders or evidence."
    ),
    N_("Art. 32 self-access does not preserve data held by a provider."),
    N_(
        "The requested 24/7 point of contact preserves and discloses the traffic data that identifies the path (Art. 30)."
    ),
    N_("The central authority can answer an Art. 30 request, but more slowly."),
    N_("Art. 30 disclosure is made by the requested Party, not by the provider."),
    N_("Eurojust and the EJN help coordinate EU cases."),
    N_("Interpol exchanges police information; it does not carry requests for evidence."),
    N_("Art. 32 self-access covers only public data or data obtained with lawful consent."),
    N_("MLA requests go to the central authority (Budapest Art. 27 and 31)."),
    N_(
        "The 24/7 point of contact advises and facilitates the MLA request (Art. 35(1)) but does not replace it."
    ),
    N_(
        "An MLA request is addressed to the requested State, not to a provider: use subscriber_direct (CETS 224 Art. 7) or a production order instead."
    ),
    N_("Eurojust and the EJN facilitate MLA between EU member states."),
    N_(
        "An MLA request is addressed to the requested State, not to a provider: content data outside a legal basis cannot be asked from a provider directly."
    ),
    N_("The 24/7 network passes information fast between points of contact."),
    N_("Interpol NCRP channels carry police information between police forces."),
    N_("The central authority can pass information to its counterpart."),
    N_("Eurojust can pass information between EU member states' authorities."),
    N_("Spontaneous information goes to another Party's authorities, not to a provider."),
    N_(
        "Art. 32: no request is needed for publicly available data or data obtained with lawful and voluntary consent."
    ),
    N_(
        "Art. 32 access sends nothing: if it does not apply choose another measure (preservation then MLA)."
    ),
    N_(
        "An Art. 18 order goes to a person in the territory or to a provider offering its services there."
    ),
    N_("A domestic production order travels through no international channel."),
    N_("CETS 224 Art. 6: the request goes straight to the registrar."),
    N_("The 24/7 point of contact can help identify the registrar and its practice."),
    N_("An MLA request is the fallback when the registrar will not disclose."),
    N_("Eurojust and the EJN play no part in a direct Art. 6 request."),
    N_("CETS 224 Art. 7: the order goes straight to the provider."),
    N_(
        "The provider's State can give effect to the order (CETS 224 Art. 8) when the provider does not comply."
    ),
    N_("Art. 7 orders go to the provider; the 24/7 network carries Art. 9 emergencies."),
    N_("Eurojust and the EJN play no part in a direct Art. 7 order."),
    N_("CETS 224 Art. 9: emergency disclosure goes through the 24/7 network."),
    N_("Many providers answer emergency requests directly under their own policy."),
    N_("Interpol can help locate a person at risk (police information)."),
    N_("Emergency MLA through the central authority (CETS 224 Art. 10) is slower."),
    N_("Eurojust and the EJN play no part in an Art. 9 emergency disclosure."),
    N_("CETS 224 Art. 10: MLA on a rapidly expedited basis through the central authority."),
    N_(
        "The 24/7 point of contact can announce the emergency and help the requested Party act fast."
    ),
    N_("An MLA request is addressed to the requested State, not to a provider."),
    N_(
        "Regulation (EU) 2023/1543: the certificate goes straight to the provider's designated establishment or legal representative."
    ),
    N_(
        "An EPOC does not go through central authorities (a European Investigation Order or an MLA request does)."
    ),
    N_("An EPOC does not go through the 24/7 network."),
    N_("An EPOC does not go through Eurojust or the EJN."),
    N_("An EPOC-PR does not go through central authorities."),
    N_("An EPOC-PR does not go through the 24/7 network (a Budapest Art. 29 request does)."),
    N_("An EPOC-PR does not go through Eurojust or the EJN."),
    N_("The provider answers voluntary or emergency requests under its own policy."),
    N_(
        "The requested country's 24/7 point of contact can preserve when the provider will not act voluntarily."
    ),
    N_("A voluntary request goes to the provider; a request to a State is an MLA request."),
    N_("Eurojust and the EJN play no part in a voluntary request to a provider."),
    N_("Eurojust supports and funds joint investigation teams and hosts the JIT network."),
    N_(
        "The competent authorities conclude the JIT agreement; the central authority can make the proposal."
    ),
    N_("A JIT proposal is not a matter for the 24/7 network."),
    N_("A JIT is agreed between States' authorities."),
    N_(
        "Preserve now through the 24/7 network, then send the MLA request (Art. 31) within %(preservation_days)s days (Art. 29(7))."
    ),
    N_("Send the MLA request (Art. 31) within %(preservation_days)s days (Art. 29(7))."),
    N_(
        "The provider keeps the data %(provider_preservation_days)s days under its policy; send the MLA request or a production order before then."
    ),
    N_("Preserve through the 24/7 network as well."),
    N_(
        "Send the MLA request (Art. 31) to the country of the provider now identified, or preserve there first."
    ),
    N_(
        "Follow up with the central authority when no acknowledgement comes; keep the preservation alive until the data arrives."
    ),
    N_("Send the formal MLA request through the central authority."),
    N_("Send the formal request to the executing authority as well."),
    N_(
        "State the conditions (confidentiality and use) and wait for the receiver to accept them (Art. 26(2))."
    ),
    N_(
        "Record what was accessed, when, how and from where, with the SHA-256 of the captured file."
    ),
    N_("Serve the order on the provider and record its answer."),
    N_("If the registrar does not answer, consult its country and send an MLA request."),
    N_("Send the Art. 6 request to the registrar."),
    N_(
        "If the provider does not disclose, ask its State to give effect to the order (CETS 224 Art. 8)."
    ),
    N_(
        "Confirm in writing and send the emergency MLA request (CETS 224 Art. 10) if the data is needed as evidence."
    ),
    N_("Call the counterpart to announce the request and ask for its acknowledgement."),
    N_("Send the formal emergency MLA request through the central authority."),
    N_(
        "The provider must produce within the EPOC deadline (Art. 10: 10 days, 8 hours in an emergency, as in the clock data)."
    ),
    N_(
        "The provider preserves %(epoc_pr_days)s days; send the production request (EPOC, EIO or MLA) and confirm it before then."
    ),
    N_(
        "Keep the answer's reference; a preservation lasts %(provider_preservation_days)s days under the provider's policy, send the MLA request or an order before then."
    ),
    N_(
        "Preserve through the 24/7 network, then send the MLA request (Art. 31) within %(preservation_days)s days (Art. 29(7))."
    ),
    N_(
        "Agree the JIT: members, purpose, duration (CETS 182 Art. 20, EU MAC Art. 13, UNTOC Art. 19)."
    ),
    N_("Budapest Convention Art. 29"),
    N_("Budapest Convention Art. 30"),
    N_("Budapest Convention Art. 31"),
    N_("Budapest Convention Art. 26"),
    N_("Budapest Convention Art. 32"),
    N_("Budapest Convention Art. 18"),
    N_("CETS 224 Art. 6"),
    N_("CETS 224 Art. 7"),
    N_("CETS 224 Art. 9"),
    N_("CETS 224 Art. 10"),
    N_("Regulation (EU) 2023/1543 Art. 5"),
    N_("Regulation (EU) 2023/1543 Art. 6"),
    N_("provider policy"),
    N_("CETS 182 Art. 20; EU MAC Art. 13; UNTOC Art. 19"),
    N_(
        "Send an MLA request under a bilateral treaty, letters rogatory or UNTOC Art. 18 through the central authority, and ask the provider for voluntary preservation where its policy allows."
    ),
    N_("Ask for the traffic data in an MLA request under a bilateral treaty or UNTOC Art. 18."),
    N_(
        "Send the MLA request under a bilateral treaty, letters rogatory or UNTOC Art. 18 through the central authority."
    ),
    N_(
        "Pass the information through police cooperation (Interpol) or under a bilateral agreement, with the conditions stated."
    ),
    N_(
        "Without Art. 32, request the data: preservation then MLA, or a direct request to the provider."
    ),
    N_("Ask the registrar for voluntary disclosure under its policy, or send an MLA request."),
    N_(
        "Send an MLA request for subscriber information (Budapest Art. 31), or a voluntary request to the provider."
    ),
    N_(
        "Send an emergency request straight to the provider under its policy, and an emergency MLA request."
    ),
    N_(
        "Send an MLA request marked urgent under Budapest Art. 31 or a bilateral treaty, and call the 24/7 point of contact."
    ),
    N_(
        "Outside the Regulation use a European Investigation Order (Directive 2014/41/EU) or an MLA request."
    ),
    N_("Outside the Regulation ask for preservation through the 24/7 network (Budapest Art. 29)."),
)
