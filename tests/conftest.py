"""Test-suite configuration: which tests are ``slow``.

``python -m pytest`` runs everything, as CI (``.ci/run``) and the README do, shared among one worker
process a core (``-n auto`` in pyproject's ``addopts``; ``pytest_xdist_auto_num_workers`` below starts
none when test files or single tests are named, and ``-n 0`` runs in one process).
``python -m pytest -m "not slow"`` runs the quick subset, the edit-test loop (the aim: under 20 s of
wall time on two otherwise idle cores).  It keeps, per area:

- the extractor: every unit test of facts, mentions, fact context, real text, table text and the
  work-report phrases (not their searches), three cases of each parametrized one (below); the bars of
  three constructed gold files, three real excerpts, the bundled report and the variants; two of the
  bundled work reports (2015, and 2016 for one case);
- tables (of the run's one extraction of the bundled report, of the variants, of two constructed
  reports, of a report of the genre and of a text without figures), the audit, labels, vocabulary,
  glossary, imports and the doctests of every module but ``tables``, ``corpus``, ``analysis`` and
  ``plots``;
- inputs: every source kind and three encodings of the bundled report, PDFs of a few lines and pages
  (two of the five page-number forms, bytes, scanned, encrypted, broken) and a .docx with tables (the
  whole bundled report printed to PDF and saved as .docx is read in the full run), bad inputs of the
  library and of the command line in process;
- outputs: the workbook of the bundled report (written once a run, read back once per module), its English
  workbook and the injection workbook, CSV, JSON, the annotated page, the charts in Chinese, one corpus chart, the
  narrative's payloads, the notebooks' static checks and the publishing steps that execute no notebook.

Slow are the integration-heavy tests: those that execute notebooks (the ``build``/``payload``/
``previous``/``result`` fixtures), open a browser, build and install the package, start another
Python process, a kernel or a process pool, load or parse a whole corpus (the 52 bundled work
reports, all 39 real excerpts together, every constructed gold file), print the whole bundled report
to PDF or save it as .docx, write a workbook of their own (or build one in memory),
compute the bundled report's tables again (on other facts, from its path, for a notebook), run the
command line end to end on the bundled report, or run property, fuzz, adversarial or cut-anywhere
searches (those of hypothesis live in modules of their own, so the quick subset never imports it) or check every
compiled rule at every position of a text, or are the other cases of a sweep (the same check over many excerpts,
widths, page stamps or rules: one case of each test stays quick, ``QUICK_CASES``).  Some modules mark slow tests themselves with ``@pytest.mark.slow``; the others
are listed here, so that the split can be read in one place:

- ``SLOW_TESTS``: test ids (or id prefixes: a test's name marks all its cases, a module's all its tests);
- ``QUICK_CASES``: tests over many files or cases of which only the named cases are quick;
- ``SLOW_MODULES``: modules all of whose tests are slow; under exactly ``-m "not slow"`` they are not
  even imported, which keeps collection short;
- ``SAMPLED_CASES``: every other parametrized test (over sentences, excerpts, keys, forms or years) keeps three
  of its quick cases, its first, middle and last as the module lists them, the others left to the full run
  (``_sampled_cases``; ``EVERY_CASE_QUICK`` names the tests whose cases are the package's modules, all quick).
  Each case costs the quick run a few milliseconds in the worker and in the process that shares out the tests
  even when its check is instant, and a parametrized test's cases check one reading on more text of its kind.

Slow tests still run, unchanged, in the full run.

The cyclic garbage collector is paused while the tests are collected (importing the test modules makes
objects that live for the whole run, not garbage), and what collection made is then frozen
(``gc.freeze``) so that the collections during the run no longer walk it; the youngest generation is
collected every 20,000 allocations instead of 700, the oldest a tenth as often as by default.  Without this, a
fifth of the quick run's time was spent in the collector, walking the same long-lived objects again and again.  As
the run ends, its garbage is collected once and what is left is frozen too, so that pytest's two closing
collections walk nothing.
"""

from __future__ import annotations

import gc
import os
import shutil
from pathlib import Path

import pytest

import dhcheng_analysis as dh

VARIANTS = Path(__file__).parent / "gold" / "variants.txt"
REAL_TEXTS = Path(__file__).parent / "gold" / "real" / "texts"

#: Fixtures that build a report (execute notebooks) or start a browser.
SLOW_FIXTURES = frozenset({"build", "payload", "previous", "browser", "result"})
#: Fixtures of one module that parse a whole corpus: (module, fixture).
SLOW_MODULE_FIXTURES = frozenset({("tests/test_corpus.py", "bundled"),
                                  # the whole bundled report printed to PDF and saved as .docx
                                  ("tests/test_documents.py", "printed"), ("tests/test_documents.py", "saved"),
                                  # a budget text's pages built
                                  ("tests/test_outputs_on_real_reports_second.py", "budget_pages")})
#: Modules every test of which is slow.
SLOW_MODULES = frozenset({"test_browser.py", "test_csv_fuzz.py", "test_narrative_properties.py",
                          "test_national_corpus.py", "test_properties.py",
                          # whole national reports and every excerpt rewritten in the forms a copy takes
                          "test_copy_forms_layout.py", "test_copy_forms_wrapped.py",
                          # workbooks of a real excerpt in both languages, written for the module
                          "test_workbook_ranks_and_units_in_words.py"})
#: Tests that run big searches, a whole corpus, another process or a whole build: a test id, a prefix of
#: one (a parametrized test's name marks all its cases), or a module for all of its tests.
SLOW_TESTS = (
    *(f"tests/{m}::" for m in sorted(SLOW_MODULES)),
    "tests/test_robust.py::test_adversarial_inputs_finish_in_time",
    "tests/test_gold.py::test_scorer_command_line_passes_with_the_bars",
    "tests/test_cli_bad_inputs.py::test_every_subcommand_fails_cleanly_on_every_bad_input",  # ~40 processes
    # another Python process
    "tests/test_cli_bad_inputs.py::test_big5_gives_the_right_facts",
    "tests/test_cli.py::test_help_explains_each_command_with_an_example",
    "tests/test_api.py::test_mentions_stays_a_function_after_facts_are_extracted",
    "tests/test_plots.py::test_importing_the_package_does_not_import_matplotlib",
    "tests/test_plots.py::test_importing_the_charts_does_not_import_seaborn",  # read from the source when quick
    "tests/test_publish.py::test_importing_publish_is_light",
    # (its folders and kernel command line are compared in process when quick)
    "tests/test_publish.py::test_kernel_specs_are_searched_where_jupyter_searches_them_without_importing_ipython",
    "tests/test_report.py::test_bundled_report_loads_from_an_installed_copy",
    "tests/test_sources.py::test_cli_subprocess_no_traceback",
    # all 39 real excerpts at once (each excerpt's own bars stay quick for a few, below)
    "tests/test_real.py::test_the_real_excerpts_meet_the_bars",
    "tests/test_real.py::test_flags_point_at_the_wrong_facts",
    # a browser, a kernel, a process pool, a font subsetter
    "tests/test_documents.py::test_browser_printed_pdf_gives_the_plain_texts_facts",
    "tests/test_publish.py::test_a_kernel_that_cannot_start_is_one_line",
    "tests/test_publish.py::test_page_fonts_are_cut_once_and_read_from_the_cache",
    "tests/test_corpus.py::test_cli_three_reports_and_a_broken_file",  # three runs with a pool of 2
    "tests/test_corpus.py::test_pool_gives_the_same_facts",
    "tests/test_corpus.py::test_bundled_corpus_metadata",  # loads all 52 work reports
    # a corpus parsed again, cached, stacked into every table or written as a workbook (the constructed
    # corpus's facts, targets, panel, consistency and one chart stay quick)
    "tests/test_corpus.py::test_key_tables_of_each_report_are_stacked",
    "tests/test_corpus.py::test_cache_parses_only_new_texts",
    "tests/test_corpus.py::test_cached_facts_are_identical_and_relabelled",
    "tests/test_corpus.py::test_errors_csv_and_workbook_never_hold_formulas",
    "tests/test_corpus.py::test_hit_rate_and_panel_charts",
    "tests/test_corpus.py::test_target_outcome_chart_in_english",  # the same chart in Chinese stays quick
    # a second PDF backend, a workbook or a whole export written from a PDF
    "tests/test_documents.py::test_both_pdf_backends_agree",
    "tests/test_documents.py::test_workbook_of_a_pdf_has_the_page_column",
    "tests/test_documents.py::test_cli_reads_pdf_with_pages",
    # doctests of the stages that draw, stack a corpus or build every table of the bundled report
    "tests/test_doctests.py::test_docstring_examples[dhcheng_analysis.tables]",
    "tests/test_doctests.py::test_docstring_examples[dhcheng_analysis.corpus]",
    "tests/test_doctests.py::test_docstring_examples[dhcheng_analysis.analysis]",
    "tests/test_doctests.py::test_docstring_examples[dhcheng_analysis.plots]",
    # a workbook written and read back per test (the round trip, injection and sheet tests stay quick)
    "tests/test_export.py::test_failure_mid_write_keeps_previous_workbook",
    "tests/test_export.py::test_headline_freezes_the_indicator_and_links_each_row",
    "tests/test_export.py::test_final_file_has_ordinary_permissions",
    "tests/test_export.py::test_crafted_title_is_text_on_the_about_sheet",
    "tests/test_export.py::test_small_amounts_in_wan_yuan",
    "tests/test_export.py::test_empty_table_and_missing_columns",
    "tests/test_export.py::test_control_characters_long_text_and_alerts",
    "tests/test_export.py::test_list_cells_and_infinities",
    "tests/test_labels.py::test_one_label_for_actual_in_pages_and_workbook",
    "tests/test_labels.py::test_the_workbook_names_the_block_of_measure_codes_by_the_measures_header",
    "tests/test_export.py::test_the_about_sheet_names_a_street_as_the_place",
    "tests/test_display_units_and_printed_zeros.py::test_the_workbook_shows_the_printed_decimals_on_numbers",
    "tests/test_pages_on_real_reports.py::test_the_workbook_names_the_period_and_every_check_in_words",
    "tests/test_workbook_check_keeps_printed_digits.py::test_the_checks_stated_total_keeps_its_printed_digits",
    "tests/test_corpus_series_of_parts.py::test_workbook_panel_names_indicators_and_parts",
    "tests/test_outputs_on_real_reports_third.py::test_the_workbook_has_a_sheet_of_growth_comparisons",
    # (of a real excerpt or a constructed report, written per test or once for a module, or built in memory: the
    # bundled report's workbook in Chinese, read by the workbook tests, and in English stay quick)
    "tests/test_headline_cites_target_and_difference_of.py::test_the_workbook_shows_a_printed_target_to_its_printed_places",
    "tests/test_workbook_computed_decimals_as_on_pages.py::test_computed_percentages_in_the_workbook_have_the_pages_decimals",
    "tests/test_workbook_words_of_the_dictionary.py::test_the_dictionary_names_the_words_of_the_sheets",
    "tests/test_workbook_words_of_the_dictionary.py::test_a_derived_difference_holds_the_figure_a_reader_computes",
    "tests/test_workbook_words_of_the_dictionary.py::test_a_difference_computed_from_the_citys_growth_is_no_sum_of_items",
    "tests/test_workbook_glossary_categories_in_chinese.py::test_glossary_categories_are_named_in_the_workbooks_language",
    "tests/test_source_notes_and_derived_amounts_of_real_indicators.py::test_workbook_amounts_printed_in_wan_line_up_in_yi",
    "tests/test_target_bound_reaches_every_place.py::test_the_workbook_has_the_qualifier_beside_the_target",
    "tests/test_prior_level_names_its_base.py::test_the_workbook_column_fits_both_bases",  # (the table's column: quick)
    # a corpus's outputs written twice by the command line (the other outputs of a hostile corpus stay quick)
    "tests/test_corpus_hostile_input.py::test_a_corpus_output_folder_is_written_again",
    # the bundled report's tables computed again: on changed facts, on hand-labelled facts, read again from
    # its path, for the notebooks' setup (the tables of the run's one extraction, of the variants, of a
    # report of the genre and of a text without figures stay quick, and so do the notebooks' saved tables)
    "tests/test_tables.py::test_estimates_are_shown_as_estimates_never_as_targets",
    "tests/test_tables.py::test_tables_from_gold_labels",
    "tests/test_tables.py::test_inputs_path_text_and_report",
    "tests/test_notebooks.py::test_setup_makes_a_missing_glyph_an_error",
    # a second dashboard, in English (English labels stay quick on the year-on-year chart)
    "tests/test_plots.py::test_dashboard_in_english",
    # two compiled cue patterns made for a clause ([^占]+占…比重, .*(?:…)), which take a quarter to half a second each
    # to scan the 6,000 characters of the bundled report the sweep reads (the other cases of its rules stay quick)
    "tests/test_cuewords_scan.py::test_every_gated_rule_matches_what_its_source_matches[share_whole_name]",
    "tests/test_cuewords_scan.py::test_every_gated_rule_matches_what_its_source_matches[counted_owner_quantity]",
    # every compiled rule checked at every position of the texts for the characters its matches may start or end
    # with (the fixtures of first_chars, last_chars and final_chars stay quick, and the gated rules' sweep keeps its
    # cases in QUICK_CASES)
    "tests/test_cuewords_scan.py::test_first_chars_of_every_compiled_rule_start_each_of_its_matches_in_the_texts",
    "tests/test_cuewords_scan.py::test_last_chars_of_every_compiled_rule_end_each_clause_of_the_texts_it_is_found_in",
    "tests/test_cuewords_scan.py::test_final_chars_of_every_compiled_rule_end_each_span_of_the_texts_it_matches_in_full",
    # the whole command line end to end on the bundled report (its usage and errors stay quick)
    "tests/test_cli.py::test_no_figures_is_said_once_in_words",
    "tests/test_outputs.py::test_dash_is_standard_output_for_facts_and_data_exports",
)
#: 东城区人民政府工作报告 as a case id prints it (escaped): the running title of the page-stamp sweeps.
_DONGCHENG_REPORT = "\\u4e1c\\u57ce\\u533a\\u4eba\\u6c11\\u653f\\u5e9c\\u5de5\\u4f5c\\u62a5\\u544a"
#: Tests over many files or cases: only the cases whose id starts with one of these stay quick.
QUICK_CASES = {
    "tests/test_constructed.py::test_report_meets_the_bar": ("dongcheng_2020_fy/", "short_bulletins/",
                                                              "kunshan_2021_q1q3/"),
    "tests/test_constructed.py::test_gold_file_is_well_formed": ("dongcheng_2020_fy/", "short_bulletins/",
                                                                  "kunshan_2021_q1q3/"),
    "tests/test_real.py::test_no_excerpt_is_far_below_the_bars": ("dongcheng_2021_h1]", "puyang_m3_budget_table]",
                                                                   "xuanwu_nj_2021_h1]"),
    "tests/test_real.py::test_every_real_gold_row_is_read_as_labelled": ("dongcheng_2021_h1]",
                                                                         "puyang_m3_budget_table]",
                                                                         "xuanwu_nj_2021_h1]"),
    "tests/test_tabletext.py::test_a_table_cut_anywhere_gives_only_what_the_whole_table_says": (
        "wuchang_wh_2023_annual",),
    "tests/test_work_reports.py::test_top_level_parts_after_the_review_of_a_work_report_plan": ("2015-",),
    "tests/test_work_reports.py::test_the_graduates_of_the_plan_year_are_an_estimate": ("2016-",),
    "tests/test_plots.py::test_every_chart_renders_without_missing_glyphs": ("zh",),
    # a case a compiled cue pattern (448 of them): the rules of names, lists, shares, ranks and periods stay quick
    "tests/test_cuewords_scan.py::test_every_gated_rule_matches_what_its_source_matches": (
        "name", "list", "share", "rank", "period", "counted"),
    # a case an excerpt: a half-year report, a work report, a budget table and a budget text stay quick
    "tests/test_printed_text.py::test_text_whose_lines_are_paragraphs_is_left_as_it_is": (
        "dongcheng_2023_h1]", "haishu_nb_2023_gwr]", "puyang_m3_budget_table]", "lintao_2024_m2_budget]"),
    "tests/test_printed_text.py::test_lines_broken_at_the_page_width_read_as_the_published_text": (
        "68-True-dongcheng_2023_h1]", "34-False-haishu_nb_2023_gwr]", "68-True-dayao_2024_m4_budget]"),
    "tests/test_printed_text.py::test_a_table_of_contents_gives_no_figure_and_opens_no_part": (
        "dots-dongcheng_2023_h1]",),
    # a case a page stamp and an excerpt (ids print the stamps escaped): one stamp of each test stays quick
    "tests/test_printed_text.py::test_a_running_header_or_footer_beside_the_page_numbers_is_dropped": tuple(
        f"\\n\\u2014 {{}} \\u2014\\n\\x0c{_DONGCHENG_REPORT}\\n-{name}]" for name in ("dongcheng_2023_h1", "puyang_m3_budget_table")),
    "tests/test_printed_text.py::test_a_page_ending_inside_a_paragraph_or_table_reads_as_the_published_text": (
        "\\u2014 {} \\u2014-dongcheng_2023_h1-", "\\u2014 {} \\u2014-puyang_m3_budget_table-"),
    "tests/test_printed_text.py::test_a_page_number_inside_a_sentence_of_an_excerpt_is_dropped_and_the_sentence_joined": (
        "\\n- 2 -\\n-yongning_2020_h1_budget-",),
    # each case reads a whole excerpt set with letter spacing: a half-year report and a budget text stay quick
    "tests/test_printed_text.py::test_an_excerpt_set_with_letter_spacing_reads_as_published": (
        "dongcheng_2023_h1-", "minhang_sh_2022_h1_budget-"),
    # each case prints a PDF of three pages and reads it back: two of the five page-number forms
    "tests/test_documents.py::test_page_numbers_and_running_header_dropped": ("{n}]", "{n}/9]"),
    # the truncated PDF is the printed bundled report cut short
    "tests/test_documents.py::test_corrupt_pdf": ("garbage]", "no_pages]"),
    # each case extracts the whole bundled report again: one UTF-8 (with a BOM), one GB and one UTF-16 case
    "tests/test_sources.py::test_file_in_each_encoding_gives_the_bundled_text_and_facts": ("utf-8-sig]", "gb18030]",
                                                                                         "utf-16]"),
    # the CR LF case extracts the whole bundled report again (the lone CR is read by the same line-end rule)
    "tests/test_sources.py::test_crlf_and_cr_line_ends": ("\\r\\n]", "\\n\\r]"),
    # the typeset-text sweeps (the same reading over many excerpts, widths and page stamps): an excerpt set in
    # characters with marks hanging and one set in printed columns, one indented, one work report with page numbers
    "tests/test_typeset_wrap.py::test_a_real_excerpt_set_at_a_width_reads_as_the_text_as_given": (
        "zhongdu_ws_2025_street_h1-35-", "dongcheng_2023_h1-40-True"),
    "tests/test_typeset_wrap.py::test_a_real_excerpt_set_with_its_paragraphs_indented_reads_as_the_text_as_given": (
        "chaoyang_2024_h1-35-",),
    "tests/test_typeset_wrap.py::test_a_work_report_set_with_page_numbers_between_its_pages_reads_as_the_text_as_given": (
        "2019-40-",),
    "tests/test_printed_text.py::test_a_work_report_typeset_at_a_width_reads_as_published": ("2006]",),
    # a case a constructed file with tables: one budget stays quick
    "tests/test_tabletext.py::test_fixture_tables_read_as_the_extractor_reads_them": ("constructed/budget_2023/",),
    # a case a corpus workbook written in a language: the Chinese one stays quick (English labels stay quick elsewhere)
    "tests/test_corpus_workbook_words.py::test_the_targets_sheet_words_its_measures_and_qualifiers": ("zh]",),
    "tests/test_corpus_workbook_words.py::test_the_reports_sheet_words_the_level_and_the_kind_of_each_report": ("zh]",),
    "tests/test_corpus_workbook_words.py::test_a_target_in_percentage_points_has_the_word_of_its_unit": ("zh-",),
    "tests/test_corpus_about_sheet.py::test_the_sheet_reads_its_lines_with_the_figures_filled_in": ("zh-",),
    # the perturbation sweeps (one excerpt rewritten as a copy, a page or a typeset text may give it, and read back as
    # published): one excerpt of each test stays quick, two where the test names a paragraph and a table
    **{f"tests/test_printed_text.py::{test}": quick for test, quick in (
        ("test_lines_left_short_by_a_figure_moved_down_whole_read_as_the_published_text", ("dongcheng_2023_h1]",)),
        ("test_a_bare_page_number_between_two_lines_of_broken_prose_is_dropped", ("dongcheng_2023_h1]",)),
        ("test_a_running_title_on_the_line_of_the_only_page_number_is_dropped", tuple(
            f"{title}-puyang_m3_budget_table]" for title in ("\\u653f\\u5e9c\\u5de5\\u4f5c\\u62a5\\u544a  \\u7b2c{}\\u9875",
                                                             f"{_DONGCHENG_REPORT} \\u2014 {{}} \\u2014"))),
        ("test_a_table_whose_lines_are_apart_by_blank_lines_reads_as_the_published_text", ("puyang_m3_budget_table]",)),
        ("test_figures_set_apart_by_spaces_read_as_the_published_text", ("chaoyang_2021_h1]",)),
        ("test_a_table_copied_with_cells_apart_by_runs_of_spaces_reads_as_published", ("wuchang_wh_2023_annual]",)),
        ("test_a_table_copied_with_cells_apart_by_tabs_reads_as_published", ("puyang_m3_budget_table]",)),
        ("test_lines_broken_at_the_width_each_ending_with_a_space_read_as_the_published_text", (
            "40-False-dongcheng_2023_h1]", "80-True-dongcheng_2023_h1]")),
        ("test_an_excerpt_with_its_digits_full_width_reads_as_published", ("dongcheng_2023_h1]",)),
        ("test_an_excerpt_printed_in_traditional_characters_reads_as_published", ("dongcheng_2023_h1]",)),
        ("test_character_references_of_a_saved_page_source_read_as_the_characters", ("dongcheng_2023_h1]",)),
        ("test_a_row_of_a_list_ending_at_the_width_ends_before_the_next_row_opening_alike", ("20-False]", "40-True]")),
    )},
    "tests/test_spaced_text.py::test_figures_set_apart_by_spaces_everywhere_read_as_the_published_text": (
        "beijing_2017_h1]",),
    "tests/test_spaced_text.py::test_tables_with_cells_apart_by_tabs_read_as_the_published_text": (
        "puyang_m3_budget_table]",),
    "tests/test_copied_report_text.py::test_zero_width_spaces_of_a_web_copy_change_no_fact": ("chaoyang_2021_h1]",),
    "tests/test_copied_report_text.py::test_letter_spaced_headings_read_as_printed_without_the_spaces": (
        "shangcheng_hz_2022_h1_budget]",),
    "tests/test_copied_report_text.py::test_full_width_digits_give_the_names_the_text_printed_half_width_gives": (
        "dongcheng_2025_h1]",),
    "tests/test_copied_report_text.py::test_a_page_saved_as_one_line_reads_as_published": ("chaoyang_2018_h1]",),
    # the same reading of a rank over the tables of several excerpts: the budget table stays quick (its tables are
    # built for other quick tests too), and the industry report of the rank of a growth
    "tests/test_ranks_of_size_and_growth.py::test_the_headline_says_what_its_rank_ranks": ("puyang_m3_budget_table-",),
    "tests/test_rank_names_in_district_reports.py::test_the_rank_of_a_growth_is_in_the_quantity_s_headline_row": (
        "wangcang_h1_industry-",),
    # each case reads a whole work report of another year: one year of each reading stays quick (and the growth not
    # stated in real terms)
    "tests/test_comparator_pairs.py::test_the_rank_a_move_ends_at_is_of_the_thing_and_group_it_starts_from": ("2003-",),
    "tests/test_comparator_pairs.py::test_a_year_base_holds_for_the_bare_changes_after_it_in_its_sentence": ("1982-",),
    "tests/test_comparator_pairs.py::test_a_growth_stated_in_real_terms_is_flagged": ("2007-", "2005-"),
    # every real excerpt's level read by the report and by the corpus: one excerpt of each level stays quick (a
    # city's report naming no level, a district's, a street's)
    "tests/test_report_place.py::test_the_report_and_the_corpus_read_one_level": (
        "beijing_2017_h1]", "chaoyang_2024_h1]", "dongliu_yz_2023_street]"),
}


#: Allocations between two collections of the youngest generation during the run (Python's default: 700).
GC_YOUNG = 20_000
#: Collections of each generation between two of the next (Python's default: 10 and 10); the oldest, which walks
#: every table the tests share (the facts of each quoted sentence, the tables of each excerpt), runs a tenth as often.
GC_OLDER = (10, 100)


def pytest_configure(config):
    gc.disable()


def pytest_xdist_auto_num_workers(config) -> int:
    """Workers for ``-n auto`` (pyproject's ``addopts``): one a core for the suite, a folder or a selection
    by ``-k``/``-m``; none when test files or single tests are named, where starting the workers and
    collecting in each costs more than sharing a few tests saves."""
    if any(arg.split("::", 1)[0].endswith(".py") for arg in config.args):
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return cores if cores > 1 else 0


def pytest_collection_finish(session):
    gc.freeze()
    gc.set_threshold(GC_YOUNG, *GC_OLDER)
    gc.enable()


def pytest_sessionfinish(session):
    """Collect the run's garbage once, then freeze what is left (see ``pytest_collection_finish``): pytest
    collects twice more as it closes (to report exceptions raised in finalizers), and each full collection
    walks everything the run left alive; after the freeze they walk nothing.  Exceptions raised by the
    finalizers of this collection are reported as before (pytest's hook is still in place)."""
    gc.collect()
    gc.freeze()


def _only_quick(config) -> bool:
    """True when the run selects exactly the quick subset (``-m "not slow"``)."""
    return "".join((config.getoption("markexpr", "") or "").split()) == "notslow"


def pytest_ignore_collect(collection_path: Path, config):
    if collection_path.name in SLOW_MODULES and _only_quick(config):
        return True
    return None


def _parameters(item) -> set[str]:
    """The names of the test's own parameters (``parametrize`` without ``indirect``): not fixtures."""
    names: set[str] = set()
    for mark in item.iter_markers("parametrize"):
        argnames = mark.args[0] if mark.args else mark.kwargs.get("argnames", ())
        if isinstance(argnames, str):
            argnames = [a.strip() for a in argnames.split(",")]
        indirect = mark.kwargs.get("indirect", False)
        names |= {a for a in argnames if not (indirect is True or (not isinstance(indirect, bool) and a in indirect))}
    return names


def _is_slow(item) -> bool:
    # the fixtures the test uses, not its parameters (test_narrative's ``payload`` is a string)
    fixtures = set(getattr(item, "fixturenames", ())) - _parameters(item)
    module = item.nodeid.split("::", 1)[0]
    if (SLOW_FIXTURES & fixtures or item.nodeid.startswith(SLOW_TESTS)
            or any((module, f) in SLOW_MODULE_FIXTURES for f in fixtures)):
        return True
    base, _, case = item.nodeid.partition("[")
    return base in QUICK_CASES and not case.startswith(QUICK_CASES[base])


#: What a module reads of the state a test process builds once and shares (``WORK_REPORTS``: the parsed work reports,
#: also read through ``_copy_forms``; ``SHARED_TABLES``: the bundled report's, the variants' and the real excerpts'
#: tables, workbook and pages; ``SOURCE_IMPORTS``: the imports read off the package's sources, a few tenths of a second
#: to parse the largest modules): the fixtures its tests use or the helper modules it imports.
WORK_REPORTS = (frozenset({"work_reports"}), frozenset({"_work_reports", "_copy_forms"}))
SHARED_TABLES = (frozenset({"bundled_report", "bundled_facts", "bundled_tables", "bundled_workbook", "variant_report",
                            "variant_facts", "variant_tables", "chaoyang_first_halves"}),
                 frozenset({"_real_tables", "_cards", "_corpus_page", "_built_reports"}))
SOURCE_IMPORTS = (frozenset(), frozenset({"_source_imports"}))


def _reads(module_items: list, shared: tuple[frozenset, frozenset]) -> bool:
    """True when a test of the module uses one of the fixtures of ``shared`` or the module imports one of its
    helpers (the helper module itself, or a name imported from it)."""
    fixtures, helpers = shared
    if any(fixtures & set(getattr(item, "fixturenames", ())) for item in module_items):
        return True
    names = vars(getattr(module_items[0], "module", None) or object).values()
    return any((getattr(v, "__name__", None) if isinstance(v, type(pytest)) else getattr(v, "__module__", None))
               in helpers for v in names)


def _by_shared_state(items: list, quick: bool) -> list:
    """The items in the order that keeps the tests which read one shared state in one worker process.

    ``--dist worksteal`` gives the first worker the first half of the items and the second worker the other half
    (and a worker that runs out takes the end of the other's queue), so each state a test process builds once is
    built in both workers when its readers are spread over the whole run.  The modules that read the work reports
    open the first half, those that read the shared tables or the package's imports open the second, and the other modules fill each half
    in their order (a module's tests stay together, each module in its order).  The halves count the tests the
    run selects (the quick ones under ``-m "not slow"``)."""
    modules: dict[str, list] = {}
    for item in items:
        modules.setdefault(item.nodeid.split("::", 1)[0], []).append(item)
    counted = {m: sum(1 for i in its if not (quick and i.get_closest_marker("slow"))) for m, its in modules.items()}
    first = [m for m, its in modules.items() if _reads(its, WORK_REPORTS)]
    second = [m for m, its in modules.items()
              if m not in first and (_reads(its, SHARED_TABLES) or _reads(its, SOURCE_IMPORTS))]
    rest = [m for m in modules if m not in first and m not in second]
    room = sum(counted.values()) // 2 - sum(counted[m] for m in first)
    while rest and room > 0:
        room -= counted[rest[0]]
        first.append(rest.pop(0))
    return [item for m in first + second + rest for item in modules[m]]


#: How many cases of a parametrized test stay quick (``_sampled_cases``): its first, its middle and its last.
SAMPLED_CASES = 3
#: Parametrized tests every case of which stays quick: each case is a module of the package (its own doctests, its
#: own imports), not one more text or sentence of a kind.
EVERY_CASE_QUICK = frozenset({"tests/test_doctests.py::test_docstring_examples",
                              "tests/test_imports.py::test_no_module_imports_a_later_stage"})


def _sampled_cases(items: list) -> list:
    """The cases of the parametrized tests that the quick subset leaves to the full run.

    A test parametrized over more than ``SAMPLED_CASES`` cases (sentences, excerpts, keys, forms, years) keeps
    ``SAMPLED_CASES`` of its quick cases: the first, the middle and the last in the order the module lists them
    (for stacked ``parametrize`` marks, the order pytest makes their cases in), spaced evenly over the list, so a
    list written kind by kind keeps a case of its first kind, of its last and of one between.  The rule is
    applied to the cases still quick after the other rules; the tests of ``QUICK_CASES``, which name their quick
    cases themselves, and those of ``EVERY_CASE_QUICK`` are left as they are."""
    tests: dict[str, list] = {}
    for item in items:
        base, bracket, _ = item.nodeid.partition("[")
        if bracket and base not in QUICK_CASES and base not in EVERY_CASE_QUICK \
                and not item.get_closest_marker("slow"):
            tests.setdefault(base, []).append(item)
    sampled = []
    for cases in tests.values():
        if len(cases) > SAMPLED_CASES:
            keep = {round(i * (len(cases) - 1) / (SAMPLED_CASES - 1)) for i in range(SAMPLED_CASES)}
            sampled += [item for i, item in enumerate(cases) if i not in keep]
    return sampled


def pytest_collection_modifyitems(config, items):
    for item in items:
        if _is_slow(item):
            item.add_marker(pytest.mark.slow)
    for item in _sampled_cases(items):
        item.add_marker(pytest.mark.slow)
    items[:] = _by_shared_state(items, _only_quick(config))


@pytest.fixture(scope="session")
def bundled_report():
    """The bundled report, loaded once for the whole run."""
    return dh.load_report()


@pytest.fixture(scope="session")
def bundled_facts(bundled_report):
    """``extract_facts`` of the bundled report, once for the whole run (treat as read-only)."""
    return dh.extract_facts(bundled_report)


@pytest.fixture(scope="session")
def bundled_tables(bundled_report, bundled_facts):
    """``all_tables(report, facts)`` of the bundled report, of the run's one extraction (treat as read-only)."""
    return dh.all_tables(bundled_report, bundled_facts)


@pytest.fixture(scope="session")
def bundled_workbook(tmp_path_factory, bundled_report, bundled_tables) -> Path:
    """The bundled report's workbook in Chinese, of the run's one extraction, written once for the whole run (the
    tests read it back, never change it)."""
    path = tmp_path_factory.mktemp("bundled_xlsx") / "dongcheng.xlsx"
    assert dh.to_excel(bundled_report, path, tables=bundled_tables) == path  # (the file written is returned)
    return path


@pytest.fixture(scope="session")
def chaoyang_first_halves(tmp_path_factory) -> dh.Corpus:
    """The corpus of a folder of Chaoyang's mid-year reports (every real excerpt ``chaoyang_20*_h1``), loaded once for
    the whole run and shared by the modules that read its panels (treat as read-only)."""
    folder = tmp_path_factory.mktemp("chaoyang")
    for path in sorted(REAL_TEXTS.glob("chaoyang_20*_h1.txt")):
        shutil.copy(path, folder / path.name)
    return dh.load_corpus(folder)


@pytest.fixture(scope="session")
def work_reports():
    """The bundled State Council work reports by year, each parsed when a test first asks for it (treat as
    read-only; the helper, which imports pandas and the corpus stage, is imported here, not as the run starts, where
    the process that shares the tests among the workers would wait on it)."""
    from _work_reports import WorkReports

    return WorkReports()


@pytest.fixture(scope="session")
def variant_report():
    """The genre variants (``tests/gold/variants.txt``), loaded once for the whole run."""
    return dh.load_report(VARIANTS)


@pytest.fixture(scope="session")
def variant_facts(variant_report):
    """``extract_facts`` of the variants, once for the whole run (treat as read-only)."""
    return dh.extract_facts(variant_report)


@pytest.fixture(scope="session")
def variant_tables(variant_report, variant_facts):
    """``all_tables(report, facts)`` of the variants, once for the whole run (treat as read-only)."""
    return dh.all_tables(variant_report, variant_facts)
