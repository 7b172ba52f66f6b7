"""The national network for treatment abroad's annual figures (RULES.md STAT-01..STAT-05), as
data with their source: the network's annual report 2021 (seed 000,
`shared/seeds/000_5abbfd9099978b68.txt`, chapter 3 "Statistikk for 2021").

The figures are as printed. Where the report disagrees with itself it is left so, not
corrected: the 2017 regional costs add up to NOK 72 307 000 while the report's total says
72 301 000 (see `COST_TOTALS_NOK`).
"""

from __future__ import annotations

from typing import Dict, NamedTuple, Tuple

SOURCE = (
    "Nasjonalt nettverk for utenlandsbehandling, årsrapport 2021, kap. 3 Statistikk for 2021 "
    "(seed 000_5abbfd9099978b68.txt; RULES.md STAT-01..STAT-05)"
)

#: The four regional health authorities, in the report's order.
REGIONS: Tuple[str, ...] = ("helse_sor_ost", "helse_vest", "helse_midt_norge", "helse_nord")


class Applications(NamedTuple):
    """STAT-01: applications for treatment abroad received and granted in a year (PGD cases
    included; particle therapy and the Nordic drug protocols for children not)."""

    year: int
    received: int
    granted: int


#: STAT-01, 2012-2021.
APPLICATIONS: Tuple[Applications, ...] = tuple(
    Applications(year, received, granted)
    for year, received, granted in [
        (2012, 386, 294),
        (2013, 383, 277),
        (2014, 414, 303),
        (2015, 349, 251),
        (2016, 319, 252),
        (2017, 407, 327),
        (2018, 340, 285),
        (2019, 340, 285),
        (2020, 224, 173),
        (2021, 224, 157),
    ]
)

#: STAT-02: costs of treatment abroad per region and year, NOK (travel and stay included;
#: particle therapy and the drug protocols not).
COSTS_NOK: Dict[str, Dict[int, int]] = {
    "helse_sor_ost": {2016: 48_937_000, 2017: 40_900_000, 2018: 38_332_000, 2019: 37_000_000, 2020: 22_623_000, 2021: 24_200_000},
    "helse_vest": {2016: 11_891_100, 2017: 13_820_000, 2018: 21_122_000, 2019: 17_000_000, 2020: 9_563_000, 2021: 19_200_000},
    "helse_midt_norge": {2016: 15_925_900, 2017: 8_687_000, 2018: 13_226_000, 2019: 10_000_000, 2020: 10_167_000, 2021: 10_500_000},
    "helse_nord": {2016: 4_150_000, 2017: 8_900_000, 2018: 9_895_000, 2019: 13_000_000, 2020: 8_597_000, 2021: 2_500_000},
}

#: STAT-02: the report's totals per year, NOK, as printed.
COST_TOTALS_NOK: Dict[int, int] = {
    2016: 80_904_000,
    2017: 72_301_000,
    2018: 82_575_000,
    2019: 77_000_000,
    2020: 50_950_000,
    2021: 56_400_000,
}


class ParticleTherapy(NamedTuple):
    """STAT-03: patients referred to particle therapy (proton/carbon) abroad in 2021."""

    patients: int
    cost_nok: int


#: STAT-03, 2021, per region.
PARTICLE_THERAPY_2021: Dict[str, ParticleTherapy] = {
    "helse_sor_ost": ParticleTherapy(25, 17_150_000),
    "helse_vest": ParticleTherapy(16, 8_890_000),
    "helse_midt_norge": ParticleTherapy(7, 3_200_000),
    "helse_nord": ParticleTherapy(7, 4_900_000),
}


class Complaints(NamedTuple):
    """STAT-04: complaints against refusals in 2021, and the board's (Klagenemnda's) decisions
    received in 2021 (which include some complaints sent in 2020)."""

    complaints: int
    reversed_by_office: int
    sent_to_board: int
    upheld_by_board: int
    reversed_by_board: int


#: STAT-04, 2021, per region.
COMPLAINTS_2021: Dict[str, Complaints] = {
    "helse_sor_ost": Complaints(12, 0, 11, 6, 1),
    "helse_vest": Complaints(10, 0, 8, 5, 1),
    "helse_midt_norge": Complaints(1, 0, 0, 0, 0),
    "helse_nord": Complaints(1, 1, 0, 0, 0),
}

#: STAT-05: the report's own warning.
CAVEAT = (
    "The numbers of applications are small: even small changes in distribution give "
    "relatively large swings in the statistics. (Årsrapport 2021, kap. 3: «siden antall "
    "søknader er så vidt få, vil selv små endringer i fordeling gi relativt store utslag på "
    "statistikken».)"
)

__all__ = [
    "SOURCE",
    "REGIONS",
    "Applications",
    "APPLICATIONS",
    "COSTS_NOK",
    "COST_TOTALS_NOK",
    "ParticleTherapy",
    "PARTICLE_THERAPY_2021",
    "Complaints",
    "COMPLAINTS_2021",
    "CAVEAT",
]
