"""Every rule, in catalogue order: a new rule is one module, one case file and one line here."""

from types import ModuleType

from besluitspoor.rules import (
    aangekondigde_stap,
    advies_afwijking_niet_gemotiveerd,
    advies_niet_gevraagd,
    advies_termijn_genegeerd,
    afwijking_alleen_via_pc_cyclus,
    afwijking_randvoorwaarden_niet_gemeld,
    alleen_presentatie,
    amendement_zonder_voorstel,
    besluit_op_onjuiste_informatie,
    budget_zonder_begrotingswijziging,
    buiten_beleidsplan,
    collegebesluit_voor_motie,
    collegebevoegdheid,
    commissie_besluit_namens_raad,
    delegatie_essentialia,
    doelen_ontbreken,
    evaluatie_ontbreekt,
    gr_zienswijze_termijn,
    informatie_te_laat,
    inwoners_niet_geinformeerd,
    kosten_ontbreken,
    kosten_zonder_dekking,
    motie_niet_afgedaan,
    onbevoegd_orgaan,
    opdracht_niet_uitgevoerd,
    raad_niet_betrokken_voor_besluit,
    raad_niet_vooraf_geinformeerd,
    randvoorwaarde_niet_vervuld,
    stap_ongeldig,
    stap_ontbreekt,
    toezegging_gebeurtenis_niet_nagekomen,
    toezegging_verlopen,
    toezegging_via_presentatie,
    verordening_zonder_raadsbesluit,
    volgorde_onjuist,
    vragen_onbeantwoord,
    vvgb_ontbreekt,
    wensen_en_bedenkingen_ontbreken,
)

RULES: tuple[ModuleType, ...] = (
    # generic, driven by the profile
    stap_ontbreekt,
    volgorde_onjuist,
    stap_ongeldig,
    # bevoegdheid
    verordening_zonder_raadsbesluit,
    kosten_zonder_dekking,
    budget_zonder_begrotingswijziging,
    buiten_beleidsplan,
    collegebevoegdheid,
    gr_zienswijze_termijn,
    wensen_en_bedenkingen_ontbreken,
    commissie_besluit_namens_raad,
    vvgb_ontbreekt,
    onbevoegd_orgaan,
    delegatie_essentialia,
    # informatie aan de raad
    raad_niet_vooraf_geinformeerd,
    raad_niet_betrokken_voor_besluit,
    afwijking_randvoorwaarden_niet_gemeld,
    afwijking_alleen_via_pc_cyclus,
    toezegging_verlopen,
    toezegging_gebeurtenis_niet_nagekomen,
    toezegging_via_presentatie,
    vragen_onbeantwoord,
    aangekondigde_stap,
    informatie_te_laat,
    besluit_op_onjuiste_informatie,
    # randvoorwaarden
    randvoorwaarde_niet_vervuld,
    inwoners_niet_geinformeerd,
    # advies (domain sociaal)
    advies_niet_gevraagd,
    advies_termijn_genegeerd,
    advies_afwijking_niet_gemotiveerd,
    # procedure
    alleen_presentatie,
    collegebesluit_voor_motie,
    motie_niet_afgedaan,
    opdracht_niet_uitgevoerd,
    amendement_zonder_voorstel,
    # kwaliteit van het dossier
    doelen_ontbreken,
    kosten_ontbreken,
    evaluatie_ontbreekt,
)

BY_ID: dict[str, ModuleType] = {rule.ID: rule for rule in RULES}
