"""The analysis notebooks (installed as ``dhcheng_analysis.notebooks``); open them in Jupyter."""
