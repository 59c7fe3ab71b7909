"""The texts of the headline dashboard's cards, by their part (``card-title``, ``card-comparison``, ``card-derived`` …)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from _real_tables import TEXTS, excerpt_table, real_facts

from dhcheng_analysis import plots


def card_texts(headline: pd.DataFrame, gid: str, lang: str = "zh", facts: pd.DataFrame | None = None) -> list[str]:
    """The texts of the part ``gid`` of every card of ``plots.plot_headline_dashboard(headline, facts=facts,
    lang=lang)``."""
    fig = plots.plot_headline_dashboard(headline, facts=facts, lang=lang)
    try:
        return [t.get_text() for ax in fig.axes for t in ax.texts if t.get_gid() == gid]
    finally:
        plt.close(fig)


def real_cards(name: str, lang: str = "zh") -> tuple[dict[str, dict[str, str]], str]:
    """The cards of the headline dashboard of the real excerpt ``name`` (its facts and headline table as
    ``extract_facts`` and ``all_tables`` give them, shared with the other tests), each the texts of its parts by
    part and keyed by its ``card-title``, and the dashboard's alt text."""
    fig = plots.plot_headline_dashboard(excerpt_table(name, "headline"), facts=real_facts(TEXTS / f"{name}.txt"),
                                        lang=lang)
    try:
        cards = [{t.get_gid(): t.get_text() for t in ax.texts} for ax in fig.axes]
        return {c["card-title"]: c for c in cards if "card-title" in c}, plots.alt_text(fig)
    finally:
        plt.close(fig)
