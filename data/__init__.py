"""The bundled report, verbatim, and its metadata (installed as ``dhcheng_analysis.data``)."""
