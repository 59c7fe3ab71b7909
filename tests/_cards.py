"""The texts of the headline dashboard's cards, by their part (``card-title``, ``card-comparison``, ``card-derived`` …)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from dhcheng_analysis import plots


def card_texts(headline: pd.DataFrame, gid: str, lang: str = "zh") -> list[str]:
    """The texts of the part ``gid`` of every card of ``plots.plot_headline_dashboard(headline, lang=lang)``."""
    fig = plots.plot_headline_dashboard(headline, lang=lang)
    try:
        return [t.get_text() for ax in fig.axes for t in ax.texts if t.get_gid() == gid]
    finally:
        plt.close(fig)
